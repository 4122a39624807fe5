"""More authored category templates for the 9-way category classifier.

A second author's set of (subject, body) templates per label, written
independently of the templates in ``synth.py`` so that the training and test
mails do not share one writer's phrasing.  Every sender, person, company and
address here is fictional; links and domains end in ``.example`` or
``.test``, and the only URLs are ``{link}`` or such invented hosts.

Templates are ``str.format`` strings filled with these placeholders only:
``{name}`` ``{last}`` ``{co}`` ``{code}`` ``{order}`` ``{amount}``
``{product}`` ``{mins}`` ``{ticket}`` ``{date}`` ``{track}`` ``{host}``
``{repo}`` ``{link}``, plus ``{subject}`` (the subject being replied to),
which only ``auto_reply`` uses.  Literal braces are doubled.

Whole templates are held out by their index in each list (every 4th one is
kept for testing), so the lists are append-only: add new templates at the
end, never insert, reorder or delete, or the held-out split shifts.  Sub-kinds
and languages are spread across positions on purpose.
"""

from __future__ import annotations

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "verification": [
        ("Your {co} verification code",
         """Your {co} verification code is {code}.

It expires in {mins} minutes. If you didn't request this code, you can ignore this email."""),
        ("Sign in to {co}",
         """Hi {name},

Click the link below to sign in to your {co} account. The link works once and expires in {mins} minutes.

[Sign in to {co}]
{link}

If you didn't try to sign in, you can safely ignore this email. Nobody can get into your account without this link.

The {co} team"""),
        ("Bitte bestätigen Sie Ihre E-Mail-Adresse",
         """Hallo {name} {last},

vielen Dank für Ihre Registrierung bei {co}. Bitte bestätigen Sie Ihre E-Mail-Adresse, indem Sie auf den folgenden Link klicken:

{link}

Der Link ist 24 Stunden gültig. Falls Sie sich nicht bei uns registriert haben, können Sie diese Nachricht ignorieren.

Mit freundlichen Grüßen
Ihr {co} Kundenservice"""),
        ("Reset your password",
         """Hello {name},

We received a request to reset the password for your {co} Online Banking profile.

To choose a new password, use this link within {mins} minutes:
{link}

If you did not ask to reset your password, do not click the link. Your current password will keep working.

For your security, {co} will never ask for your password or full card number by email.

This is an automated message. Please do not reply."""),
        ("{code} is your {co} sign-in code",
         """A sign-in to your {co} account was attempted from a new device.

Enter this code on that device to continue:

    {code}

Device: Windows PC
Location: near Lyon, France (approximate)

If this wasn't you, don't share the code with anyone and change your password."""),
        ("Verify ownership of your domain",
         """Hi {name},

To finish connecting your domain to {co}, add the following TXT record at your DNS provider:

  Host:  @
  Type:  TXT
  Value: {co}-site-verification={code}

Once the record is published, return to the setup page and press Verify:
{link}

DNS changes can take up to 48 hours to propagate. The verification token stays valid for 7 days.

{co} Domains"""),
        ("Votre code de validation de paiement",
         """Code de sécurité {co} : {code}

Ce code vous permet de valider un paiement de {amount} EUR sur le site marchand. Il est valable {mins} minutes.

Ne communiquez jamais ce code, même à un conseiller {co}. Si vous n'êtes pas à l'origine de cet achat, contactez immédiatement votre agence."""),
        ("Activate your student account",
         """Dear {name} {last},

Your account for the {co} University student portal has been created. Before you can register for courses you need to activate it.

1. Open the activation page: {link}
2. Enter your student number and this activation code: {code}
3. Choose a password and set up multi-factor authentication.

The activation code expires on {date}.

IT Service Desk
{co} University"""),
        ("Confirm your phone number",
         """Hi {name},

You added a phone number to your {co} account. We sent a text message with a code to that number; if it didn't arrive, you can use this code instead:

{code}

Enter it in the app under Settings > Phone to confirm the number."""),
        ("Restablece tu contraseña de {co}",
         """Hola {name}:

Alguien solicitó restablecer la contraseña de tu cuenta de {co}. Si fuiste tú, haz clic en el siguiente enlace para crear una nueva:

{link}

El enlace caduca en {mins} minutos. Si no lo solicitaste, ignora este mensaje; tu contraseña no cambiará.

Saludos,
El equipo de {co}"""),
        ("Your login code for the {co} workspace",
         """Here's your login code for the {co} workspace:

{code}

Type or paste it in the window where you started signing in. The code is valid for {mins} minutes."""),
        ("Is this you signing in?",
         """Hi {name},

Someone is trying to sign in to your {co} account with the correct password from a browser we don't recognise.

To let them in, enter this confirmation code:

{code}

  Browser: Firefox on Linux
  Time: {date}, 21:14 UTC

If this wasn't you, someone may know your password. Don't enter the code; reset your password instead at {link}."""),
        ("【{co}】ワンタイムパスワードのお知らせ",
         """{last} 様

{co}をご利用いただきありがとうございます。
ログインのためのワンタイムパスワードは以下のとおりです。

ワンタイムパスワード：{code}

有効期限は発行から{mins}分間です。
お心当たりのない場合は、本メールを破棄してください。

※本メールは送信専用アドレスから送信しています。"""),
        ("Activate your online services account",
         """Dear {name} {last},

You have asked to create an online account with the {co} Revenue Office.

To activate the account, sign in at {link} and enter the activation code below. For your security, the code has also been posted to your registered address.

Activation code: {code}

The code must be used within 30 days. If you did not ask for an account, contact us using the number on our website. Do not reply to this email."""),
        ("Please confirm your subscription",
         """Hi,

Someone (hopefully you) asked to subscribe this address to the {co} mailing list.

To confirm, click here:
{link}

If you didn't ask for this, do nothing and you won't hear from us again."""),
        ("Codice di verifica {co}",
         """Ciao {name},

il tuo codice di verifica è {code}.

Inseriscilo nell'app per completare l'accesso. Il codice scade tra {mins} minuti.

Se non hai richiesto tu il codice, ignora questa email.

Il team di {co}"""),
        ("Approve your purchase of {amount}",
         """{co} Card Security

A purchase of {amount} at an online merchant needs your approval.

[Approve in the {co} app]
{link}

Or enter this one-time passcode on the merchant's checkout page: {code}

The request expires in {mins} minutes. If you don't recognise this purchase, don't approve it and call the number on the back of your card."""),
        ("Verify your new email address",
         """Hi {name},

You recently changed the email address on your {co} account. To start using the new address, verify it:

{link}

Until you verify it, we'll keep sending account messages to your old address. This link expires in 24 hours."""),
        ("[{co}] Please verify your device",
         """Hey {name}!

A sign-in attempt requires further verification because we did not recognize your device. To complete the sign-in, enter the verification code on the unrecognized device.

Device: Chrome on macOS
Verification code: {code}

If you did not attempt to sign in to your account, your password may be compromised. Visit {link} to create a new, strong password for your {co} account.

Thanks,
The {co} Team"""),
        ("Wachtwoord opnieuw instellen",
         """Beste {name},

We hebben een verzoek ontvangen om het wachtwoord van je {co}-account opnieuw in te stellen.

Klik op de onderstaande knop om een nieuw wachtwoord te kiezen:

[Nieuw wachtwoord instellen]
{link}

Deze link is {mins} minuten geldig. Heb je dit niet aangevraagd? Dan kun je deze e-mail negeren.

Groet,
{co}"""),
        ("Set up your patient portal access",
         """Dear {name} {last},

{co} Medical Group has invited you to the patient portal, where you can view test results, request prescription refills and message your care team.

To create your login:
  - Go to {link}
  - Enter your date of birth and this access code: {code}

The access code expires in 14 days. If you did not expect this message, please call our front desk.

This message was sent by {co} Medical Group. Please do not reply to this email."""),
        ("Your account recovery code",
         """Hi {name},

You asked to recover your {co} account. Your recovery code is:

{code}

Enter it on the recovery page to continue. If you didn't start account recovery, someone might be trying to get into your account; you can cancel the request at {link}."""),
        ("{code} is your {co} code",
         """{code}

Use this code to verify your email. Don't share it with anyone."""),
        ("Aktywuj swoje konto w {co}",
         """Dzień dobry {name},

dziękujemy za założenie konta w serwisie {co}. Aby je aktywować, kliknij w poniższy link:

{link}

Link jest ważny przez 48 godzin. Jeśli to nie Ty zakładałeś konto, zignoruj tę wiadomość.

Pozdrawiamy
Zespół {co}"""),
        ("Confirm your email change",
         """Hello {name},

We received a request to change the email address on your {co} account to this address.

Please confirm the change by opening the link below:
{link}

If you didn't request this change, you don't need to do anything; your email address will stay the same.

{co} Account Services"""),
        ("Verify your email to finish setting up {co}",
         """Welcome to {co}, {name}!

You're almost done. Verify your email address so we know it's really you:

[Verify email address]
{link}

Or copy this code into the setup screen: {code}

Button not working? Paste the link above into your browser."""),
        ("One-time password for your transfer",
         """Dear customer,

Your one-time password to authorise a transfer of {amount} from your {co} account is:

{code}

Valid for {mins} minutes. {co} staff will never ask you for this password. If you did not initiate this transfer, call us immediately on the number on your bank card."""),
        ("Din inloggningskod",
         """Hej {name}!

Här är din kod för att logga in på {co}:

{code}

Koden gäller i {mins} minuter. Om du inte försökte logga in kan du bortse från det här mejlet.

Vänliga hälsningar
{co}"""),
        ("Certificate request: approve domain control for {host}",
         """A TLS certificate was requested for {host} through {co} Certificates. Because this address is listed as an administrative contact for the domain, we need you to approve the request.

Order: {order}
Requested by: {name} {last}

To approve, visit the link below and enter the validation code:

  {link}
  Validation code: {code}

If you do not recognise this request, do not approve it. The request will expire automatically after 30 days."""),
        ("Confirm your email address",
         """{co}

Hi {name}, just one more step

Tap the button below to confirm your email address and activate your account.

[ Confirm my email ]

Or paste this link into your browser:
{link}

You received this email because someone signed up for {co} with this address. If that wasn't you, ignore it and the account won't be activated.

{co} · Help · Privacy"""),
        ("Redefinição de senha",
         """Olá {name},

Recebemos um pedido para redefinir a senha da sua conta {co}.

Seu código de redefinição é: {code}

Ou acesse diretamente: {link}

O código expira em {mins} minutos. Se você não fez este pedido, ignore este e-mail.

Equipe {co}"""),
        ("Approve sign-in request",
         """Hi {name},

We received a request to sign in to your {co} account.

  When: {date}
  Where: Berlin, Germany
  Device: iPhone

Was this you?

[Yes, it's me]  {link}
[No, secure my account]

This request expires in {mins} minutes."""),
        ("Finish turning on two-step verification",
         """Hi {name},

To finish turning on two-step verification for {co}, enter this code on the setup screen:

{code}

After that, you'll need a code from your authenticator app each time you sign in from a new device."""),
        ("Votre lien de connexion à {co}",
         """Bonjour {name},

Voici votre lien de connexion à {co} :

{link}

Ce lien est valable {mins} minutes et ne peut être utilisé qu'une seule fois. Si vous n'avez pas demandé à vous connecter, ignorez simplement cet e-mail.

À bientôt,
L'équipe {co}"""),
        ("Verify your bank account",
         """Hi {name},

To confirm the bank account you added for payouts, we've sent two small deposits to it. They should appear in 1-2 business days with the description {co} VERIFY.

When you see them, enter both amounts here:
{link}

You have 10 days to complete verification. The deposits are yours to keep."""),
        ("Here's the code you asked for",
         """You asked us to email your code instead of sending it by text.

Your {co} code: {code}

If you didn't ask for this, someone may be trying to access your account. Your account is safe as long as you don't share this code."""),
        ("Ihre TAN für den Auftrag",
         """Sehr geehrte(r) {name} {last},

für Ihren Auftrag im Online-Banking der {co} Bank lautet Ihre TAN:

{code}

Betrag: {amount} EUR
Gültig: {mins} Minuten

Prüfen Sie die Auftragsdaten sorgfältig. Geben Sie die TAN nur ein, wenn Sie den Auftrag selbst erteilt haben. Unsere Mitarbeiter fragen Sie niemals nach einer TAN."""),
        ("[{co} Forum] Activate your account",
         """Hello {name},

Welcome to the {co} community forum! Click the following link to confirm and activate your new account:

{link}

If the above link is not clickable, try copying and pasting it into the address bar of your web browser.

(This is the discourse instance for the {repo} project. If you didn't sign up, you can ignore this.)"""),
        ("Confirm your library account",
         """Dear {name},

Thank you for registering for an online account with the {co} Public Library.

Please confirm your email address by following this link within 72 hours:
{link}

Once confirmed you can place holds, renew loans and borrow e-books with your card.

{co} Public Library"""),
        ("Tu código de verificación",
         """Hola {name}:

Tu código para iniciar sesión en {co} es:

{code}

Caduca en {mins} minutos. Si no intentaste iniciar sesión, cambia tu contraseña.

— {co} Games"""),
        ("Reset your PIN",
         """Hello {name},

You asked to reset the PIN for your {co} account. Enter this code in the app to choose a new PIN:

{code}

The code expires in {mins} minutes. If you didn't ask for this, please contact us."""),
        ("Your {co} Miles login code",
         """Dear {name} {last},

Your one-time login code for {co} Miles is {code}.

Enter it on the login page within {mins} minutes. For your security, please do not share this code with anyone, including {co} staff.

{co} Miles Member Services"""),
        ("メールアドレスの確認",
         """{name}さん

{co}へのご登録ありがとうございます。
以下のリンクをクリックして、メールアドレスの確認を完了してください。

{link}

このリンクの有効期限は24時間です。
本メールにお心当たりがない場合は、破棄していただいて構いません。

{co}サポート"""),
        ("Action required: verify your email",
         """Hi {name},

We still need you to verify the email address on your {co} account. Unverified accounts are removed after 7 days.

Verify now: {link}

If you didn't create this account, you don't need to do anything."""),
        ("Conferma il tuo indirizzo email",
         """Gentile {name} {last},

per completare la registrazione a {co} conferma il tuo indirizzo email cliccando sul pulsante qui sotto.

[Conferma indirizzo]
{link}

Se non hai creato tu l'account, puoi ignorare questo messaggio.

Cordiali saluti,
{co}"""),
        ("Confirm account deletion",
         """Hi {name},

You asked us to permanently delete your {co} account and all of its data.

To confirm, enter this code on the deletion page:

{code}

If you didn't ask to delete your account, ignore this email and change your password. Nothing will be deleted unless the code is entered."""),
        ("Je verificatiecode voor {co}",
         """Hoi {name},

Je verificatiecode is: {code}

Vul deze code in om je aanmelding af te ronden. De code verloopt over {mins} minuten.

Niet door jou aangevraagd? Negeer dan deze e-mail."""),
    ],
    "transactional": [
        ("Order confirmed: #{order}",
         """Hi {name},

Thanks for your order! We're getting it ready and will email you when it ships.

Order number: {order}
Order date: {date}

  1 x {product}
  Subtotal:  {amount}
  Shipping:  Free
  Total:     {amount}

Shipping to:
{name} {last}

You can view or change your order here: {link}

{co}"""),
        ("Your package is on its way",
         """Good news, {name}! Your {co} order #{order} has shipped.

Carrier: Parcelwise
Tracking number: {track}
Estimated delivery: {date}

Track your package: {link}

Items in this shipment:
- {product}

Questions about your order? Reply to this email or visit our help centre."""),
        ("Ihre Rechnung Nr. {order}",
         """Sehr geehrte(r) {name} {last},

anbei erhalten Sie Ihre Rechnung Nr. {order} vom {date}.

Rechnungsbetrag: {amount} EUR
Zahlungsart: SEPA-Lastschrift
Der Betrag wird in den nächsten Tagen von Ihrem Konto abgebucht.

Ihre Rechnung können Sie jederzeit in Ihrem Kundenkonto herunterladen: {link}

Mit freundlichen Grüßen
{co} GmbH
Handelsregister: Amtsgericht Musterstadt HRB 00000"""),
        ("Your receipt from {co}",
         """Receipt from {co}
{date}

Flat white (oat)          4.20
Almond croissant          3.80
Tip                       1.00
--------------------------------
Total                    {amount}
Paid with Visa ending 4417

Thanks for stopping by!"""),
        ("Payment failed for your {co} subscription",
         """Hi {name},

We couldn't process the payment of {amount} for your {co} Pro subscription on {date}. Your card was declined by the issuer.

We'll try again in 3 days. To avoid any interruption, please update your payment method:
{link}

Invoice: {order}

If you've already updated your card, you can ignore this message."""),
        ("Booking confirmation - {co} flight {order}",
         """Dear {name} {last},

Thank you for booking with {co}. Your booking is confirmed.

Booking reference: {code}
Passenger: {last}/{name}

Outbound: {date}
  08:35 Riverton (RVT) -> 11:10 Harbourside (HBS)
  Economy Light, 1 x cabin bag

Total paid: {amount} EUR

Online check-in opens 24 hours before departure: {link}

Please bring a valid passport or ID card. Have a good flight!"""),
        ("Confirmation de votre commande n° {order}",
         """Bonjour {name},

Nous vous confirmons la bonne réception de votre commande n° {order} du {date}.

Article : {product}
Montant total : {amount} EUR TTC
Mode de livraison : Point relais

Vous recevrez un e-mail dès l'expédition de votre colis.

Suivre ma commande : {link}

Merci de votre confiance,
L'équipe {co}"""),
        ("Your refund has been processed",
         """Hi {name},

We've issued a refund of {amount} for order #{order} to your original payment method.

Depending on your bank, it can take 5-10 business days for the refund to appear on your statement.

Refunded item: {product}
Reason: Returned item received

{co} Customer Care"""),
        ("Your {co} bill is ready",
         """Hello {name} {last},

Your electricity bill for the period ending {date} is now available.

Account number: {order}
Amount due: {amount}
Due date: 14 days from the bill date

Your payment will be taken by direct debit on the due date. You don't need to do anything.

View your bill: {link}

{co} Energy"""),
        ("Delivered: your {co} package",
         """Your package was delivered.

Order #{order}
Delivered {date} at 14:22
Left at: front porch

[Photo of delivery]

Not what you expected? Get help with this delivery: {link}"""),
        ("Confirmación de tu reserva en {co}",
         """Hola {name}:

¡Tu reserva está confirmada!

Hotel {co}
Llegada: {date} (a partir de las 15:00)
Salida: 2 noches después (hasta las 11:00)
Habitación doble, desayuno incluido
Número de reserva: {order}
Importe total: {amount} EUR (pagado)

Para modificar o cancelar tu reserva, visita: {link}

Te esperamos."""),
        ("Your subscription renews soon",
         """Hi {name},

Your annual {co} Plus subscription will renew automatically on {date}.

Plan: Plus (annual)
Amount: {amount}
Payment method: Mastercard ending 0931

No action is needed. If you'd like to change or cancel your plan, visit your account settings before the renewal date: {link}"""),
        ("Transfer confirmation",
         """Dear {name} {last},

Your transfer has been completed.

From:       Everyday Account ****2210
To:         {name} {last} - Savings ****8845
Amount:     {amount}
Date:       {date}
Reference:  {order}

If you did not make this transfer, please call {co} Bank immediately.

This is an automatically generated email. Please do not reply."""),
        ("ご注文内容の確認",
         """{last} {name} 様

この度は{co}オンラインストアをご利用いただき、誠にありがとうございます。
以下の内容でご注文を承りました。

ご注文番号：{order}
ご注文日：{date}
商品名：{product}
合計金額：{amount}円（税込）
お支払い方法：クレジットカード

商品の発送準備が整いましたら、改めてご連絡いたします。

{co}オンラインストア"""),
        ("Your tickets for {date}",
         """Hi {name},

You're going! Here are your tickets.

Event: The Lantern Quartet - Live
Venue: {co} Hall, Riverside
Date: {date}, doors 19:00
Tickets: 2 x General Admission
Order: {order}
Total: {amount}

Your mobile tickets are in the app, or download them here: {link}

Please have your QR code ready at the entrance. Tickets are non-refundable."""),
        ("We received your return",
         """Hi {name},

We've received your return for order #{order} at our warehouse.

Item: {product}
Refund amount: {amount}

Your refund will be issued within 3 business days. We'll send you another email when it's done.

Thanks for shopping with {co}."""),
        ("Ricevuta di pagamento",
         """Gentile {name} {last},

confermiamo di aver ricevuto il pagamento di {amount} EUR relativo alla fattura n. {order}.

Data pagamento: {date}
Metodo: bonifico bancario

Puoi scaricare la ricevuta dalla tua area personale: {link}

Grazie,
Amministrazione {co} S.r.l."""),
        ("Receipt for your payment to {co}",
         """{co}

Receipt #{order}

  Amount paid:    {amount} USD
  Date paid:      {date}
  Payment method: Visa - 1234

  Summary
  Team plan (5 seats) x 1 month    {amount}

  Total                            {amount}

If you have any questions, reply to this email.

Download invoice: {link}"""),
        ("Your Tuesday evening trip with {co}",
         """Thanks for riding, {name}

Total: {amount}
{date}

Trip fare and booking fee included. Tip: none.

Pickup:   Station Road 12
Drop-off: Elm Court 4

Payments: Apple Pay

Rate your driver or report an issue: {link}"""),
        ("Je bestelling is verzonden",
         """Hoi {name},

Goed nieuws: je bestelling {order} is onderweg!

Verwachte bezorging: {date}
Track & trace: {track}

Volg je pakket: {link}

Artikel: {product}

Met vriendelijke groet,
{co}"""),
        ("Reservation confirmed for {date}",
         """Hi {name},

Your table at {co} is confirmed.

Date: {date}
Time: 19:30
Guests: 4
Name: {last}

If your plans change, please cancel or modify at least 24 hours in advance: {link}

We look forward to seeing you!"""),
        ("You've received a payment",
         """Hi {name},

{co} has paid your invoice #{order}.

Amount: {amount}
Paid on: {date}
Deposit to: Checking ****5520

The funds should arrive in your bank account within 2 business days.

View payment details: {link}"""),
        ("Potwierdzenie zamówienia nr {order}",
         """Dzień dobry {name},

dziękujemy za zakupy w sklepie {co}. Potwierdzamy przyjęcie zamówienia nr {order}.

Produkt: {product}
Wartość zamówienia: {amount} zł
Forma płatności: BLIK
Dostawa: Paczkomat

O wysyłce poinformujemy Cię w osobnej wiadomości.

Pozdrawiamy,
Zespół {co}"""),
        ("Thank you for your donation",
         """Dear {name},

Thank you for your gift of {amount} to {co} on {date}. Your support keeps our food pantry open six days a week.

Donation ID: {order}
Amount: {amount}

No goods or services were provided in exchange for this contribution. Please keep this email as your receipt for tax purposes.

With gratitude,
{co} Community Food Bank"""),
        ("Part of your order has shipped",
         """Hi {name},

Part of your order #{order} is on its way. The remaining items will ship separately when they're available.

Shipped now:
  - {product}
Tracking: {track}

Still processing:
  - 1 item (pre-order, expected {date})

You won't be charged for shipping twice. Track it here: {link}"""),
        ("Kvitto från {co}",
         """Hej {name},

Tack för ditt köp! Här är ditt kvitto.

Ordernummer: {order}
Datum: {date}
Vara: {product}
Summa: {amount} kr (varav moms 25 %)
Betalsätt: Swish

Har du frågor? Svara på det här mejlet.

{co}"""),
        ("Your e-ticket: {date}",
         """{co} Rail

E-ticket for {name} {last}

  Date:      {date}
  Departs:   Northgate 07:42
  Arrives:   Kingsmere 09:18
  Coach D, Seat 44 (window)
  Fare:      Advance Single, {amount}
  Booking:   {order}

Show this ticket on your phone or print it. Advance tickets are only valid on the booked train."""),
        ("Payment received - tuition",
         """Dear {name} {last},

The Student Accounts Office at {co} University has received your payment.

Student ID: {order}
Amount received: {amount}
Date: {date}
Applied to: Autumn term tuition and fees

Your updated balance is available in the student portal: {link}

Student Accounts Office"""),
        ("Seu pedido foi enviado",
         """Olá {name},

Seu pedido {order} foi enviado!

Produto: {product}
Código de rastreamento: {track}
Previsão de entrega: {date}

Acompanhe a entrega: {link}

Obrigado por comprar na {co}."""),
        ("We couldn't complete your order",
         """Hi {name},

Unfortunately your payment for order #{order} was declined, so we haven't been able to complete it.

Amount: {amount}
Item: {product}

Your items are reserved for 48 hours. To finish your order, please try another card or payment method: {link}

{co}"""),
        ("Domain renewal receipt",
         """Hello {name},

Thank you for renewing with {co}.

Domain:      {repo}.example
Term:        1 year
New expiry:  {date}
Amount:      {amount}
Order ID:    {order}

Auto-renew is turned on for this domain. Manage it in your dashboard: {link}"""),
        ("Versandbestätigung zu Ihrer Bestellung {order}",
         """Hallo {name},

Ihre Bestellung wurde heute an unseren Versandpartner übergeben.

Sendungsnummer: {track}
Voraussichtliche Zustellung: {date}

Sendung verfolgen: {link}

Artikel:
1 x {product}

Viele Grüße
Ihr {co} Team"""),
        ("Your purchase receipt",
         """{co} Games

Thanks for your purchase, {name}!

Item: 1200 Crystals
Price: {amount}
Order ID: {order}
Date: {date}

Crystals have been added to your account. Purchases of virtual currency are final. Need help? {link}"""),
        ("Your car rental is confirmed",
         """Hi {name},

Your car is booked.

Confirmation number: {order}
Pick-up: {date}, 10:00, {co} Airport Desk
Drop-off: 3 days later, 10:00, same location
Vehicle: Compact (VW Polo or similar), manual
Estimated total: {amount} (pay at counter)

Please bring your driving licence and a credit card in the driver's name.

Manage booking: {link}"""),
        ("Payment receipt from {co} Family Clinic",
         """Dear {name} {last},

Thank you for your payment.

Date of service: {date}
Description: Office visit copay
Amount paid: {amount}
Receipt number: {order}

Please keep this receipt for your records. For billing questions, call our billing office during business hours."""),
        ("Votre remboursement a été effectué",
         """Bonjour {name},

Nous avons procédé au remboursement de {amount} EUR pour votre commande n° {order}.

Le montant sera crédité sur le moyen de paiement utilisé lors de l'achat sous 3 à 5 jours ouvrés.

Cordialement,
Le service client {co}"""),
        ("Delivery attempted - we missed you",
         """Hi {name},

We tried to deliver your parcel today but nobody was available to receive it.

Tracking number: {track}
Sender: {co}

We'll try again on {date}. You can also pick it up from your local depot after 16:00 tomorrow, or choose a new delivery day: {link}"""),
        ("Your order has been cancelled",
         """Hi {name},

As requested, we've cancelled order #{order}.

Cancelled item: {product}
Refund: {amount} to your original payment method

You haven't been charged for shipping. We hope to see you again soon.

{co}"""),
        ("Tu factura de {co} está disponible",
         """Hola {name}:

Ya tienes disponible tu factura de {date}.

Número de factura: {order}
Importe: {amount} EUR
Fecha de cargo: en los próximos 5 días

Consulta y descarga tu factura en el área de cliente: {link}

Gracias por confiar en {co}."""),
        ("Membership payment processed",
         """Hi {name},

Your monthly membership payment has been processed.

Club: {co} Fitness, Central
Amount: {amount}
Date: {date}
Next payment: in one month

Thanks for being a member. See you at the gym!"""),
        ("Payment confirmation - passport application",
         """Payment confirmation

Thank you. Your payment has been received by the {co} Passport Office.

Application reference: {order}
Applicant: {name} {last}
Fee paid: {amount}
Date: {date}

Keep this reference number. You will need it to track your application. This payment is not a confirmation that your application has been approved."""),
        ("発送完了のお知らせ",
         """{last} 様

ご注文いただいた商品を本日発送いたしました。

ご注文番号：{order}
配送業者：ヤマネコ便
お問い合わせ番号：{track}
お届け予定日：{date}

配送状況は以下よりご確認いただけます。
{link}

{co}"""),
        ("Your grocery order is on the way",
         """{co} Fresh

Your order is out for delivery

Arriving between 18:00 and 19:00 today

Substitutions
  Oat milk 1L  ->  Oat milk barista 1L
  Limes (x4)   ->  Not available, refunded

Order total: {amount}

[ Track your driver ]
[ View order #{order} ]

Your driver will leave the bags at your door if you're not home."""),
        ("Conferma del tuo biglietto",
         """Gentile {name},

grazie per aver viaggiato con {co}.

Codice biglietto: {code}
Treno: Regionale 4412
Data: {date}
Partenza: 09:05, Arrivo: 10:47
Importo pagato: {amount} EUR

Il biglietto è valido solo per il treno indicato. Buon viaggio!"""),
        ("Your trial has ended - you've been charged",
         """Hi {name},

Your 14-day free trial of {co} has ended and your subscription has started.

We charged {amount} to your card ending 7731 on {date}.

Plan: Starter, monthly
Next charge: in one month

You can download your invoice or change plans any time: {link}"""),
        ("Incoming transfer received",
         """Dear {name} {last},

A transfer has been credited to your {co} account.

Amount: {amount}
From: {last} Holdings Ltd
Reference: INV {order}
Value date: {date}

You can see the transaction in your online banking."""),
    ],
    "notification": [
        ("New sign-in to your {co} account",
         """Hi {name},

We noticed a new sign-in to your {co} account.

  Device: Safari on iPad
  Location: Porto, Portugal (approximate)
  Time: {date}, 08:52 UTC

If this was you, you don't need to do anything.

If you don't recognise this activity, review your recent sign-ins and change your password: {link}

The {co} Security Team"""),
        ("[{co}/{repo}] Review requested on pull request #{ticket}",
         """{name} {last} requested your review on: {co}/{repo}#{ticket} Fix race in session cache eviction.

---
View it on {co}: {link}
You are receiving this because your review was requested.
Reply to this email directly or view it on the web."""),
        ("Ihr Speicherplatz ist fast voll",
         """Hallo {name},

Ihr {co} Cloud-Speicher ist zu 92 % belegt (13,8 GB von 15 GB).

Wenn der Speicher voll ist, können keine neuen Dateien mehr synchronisiert werden und Sie können keine E-Mails mehr empfangen.

Sie können Platz schaffen, indem Sie große Dateien löschen oder den Papierkorb leeren.

Speicher verwalten: {link}

Ihr {co} Team"""),
        ("[{repo}] Build failed: main #{ticket}",
         """Build #{ticket} failed on branch main

Repository: {repo}
Commit: 3f9a2c1 "bump parser to 2.4"
Author: {name} {last}
Duration: 6m 12s

Failed job: test (3.12)
  FAILED tests/test_parser.py::test_nested_quotes - AssertionError

See the full log: {link}

You are receiving this because you are subscribed to build failures for {repo}."""),
        ("[FIRING:1] HighCPU {host}",
         """[FIRING:1] HighCPU ({host} production)

Labels:
 - alertname = HighCPU
 - instance = {host}:9100
 - severity = warning
Annotations:
 - summary = CPU usage above 90% for {mins} minutes
 - runbook = {link}

Started: {date} 03:14:07 UTC

Sent by {co} Alertmanager"""),
        ("We're updating our Terms of Service",
         """Hello {name},

We're writing to let you know that we are updating the {co} Terms of Service and Privacy Policy. The changes take effect on {date}.

What's changing:
  - Clearer explanations of how we handle content you upload
  - A new section on dispute resolution for customers in the EU
  - Updated list of the sub-processors we work with

You can read the updated terms here: {link}

By continuing to use {co} after {date}, you agree to the updated terms. If you don't agree, you can close your account at any time.

This is a mandatory service announcement. You're receiving it because you have a {co} account."""),
        ("{name} vous a mentionné dans un commentaire",
         """{name} {last} vous a mentionné dans « Planning T3 » :

« Tu peux vérifier les dates de livraison avant vendredi ? »

Répondre : {link}

Vous recevez cet e-mail parce que les notifications de mentions sont activées dans {co}. Gérer les notifications"""),
        ("Your password was changed",
         """Hi {name},

The password for your {co} account was changed on {date}.

If you made this change, no further action is needed.

If you didn't change your password, your account may be compromised. Reset your password and review your account activity right away: {link}

{co} Account Protection"""),
        ("Scheduled maintenance on {date}",
         """Dear customer,

{co} will perform scheduled maintenance on {date} between 01:00 and 04:00 CET.

During this window:
  - Online banking and the mobile app will be unavailable
  - Card payments and ATM withdrawals will continue to work

We apologise for any inconvenience.

{co} Bank"""),
        ("Reminder: Quarterly planning @ {date} 10:00",
         """Reminder

Quarterly planning
When: {date} 10:00 - 11:30 (CET)
Where: Room Heron / video call {link}
Organizer: {name} {last}

Guests: 8 yes, 2 maybe, 1 awaiting

Invitation from {co} Calendar. You are receiving this reminder because you are a guest on this event."""),
        ("Tu extracto de {date} ya está disponible",
         """Hola {name}:

Te informamos de que ya tienes disponible el extracto mensual de tu cuenta en {co}.

Puedes consultarlo en la banca online o en la app, en el apartado Documentos.

Por tu seguridad, nunca te pediremos claves ni contraseñas por correo electrónico.

{co} Banca"""),
        ("Cron <deploy@{host}> /opt/scripts/rotate-logs.sh",
         """rotating /var/log/app/access.log -> access.log.1
rotating /var/log/app/error.log -> error.log.1
compressed 2 files (412M -> 38M)
removed 3 archives older than 14 days
done in 11s"""),
        ("Appointment reminder",
         """Hi {name},

This is a reminder of your appointment at {co} Dental.

  Date: {date}
  Time: 15:30
  With: Dr. {last}
  Address: 22 Orchard Lane, 2nd floor

Please arrive 10 minutes early. If you need to reschedule, call us at least 24 hours in advance.

Reply C to confirm. (This mailbox is not monitored for other messages.)"""),
        ("【{co}】ログインのお知らせ",
         """{name}様

いつも{co}をご利用いただきありがとうございます。
お客様のアカウントに新しいログインがありました。

日時：{date} 22:41
端末：Android
場所：大阪府（推定）

ご本人によるログインであれば、対応は不要です。
お心当たりがない場合は、速やかにパスワードを変更してください。

{co}"""),
        ("{name} shared a document with you",
         """{name} {last} shared a document with you

"Budget draft - Q3 (v2)"

{name} added a message:
"Can you look at the travel line before Friday?"

[ Open ]
{link}

{co} Docs: You have received this email because someone shared a file with you."""),
        ("You have a new follower",
         """Hi {name},

river.{last} started following you on {co}.

They've posted 34 photos and follow 210 people.

See their profile: {link}

Don't want these emails? Turn off follower notifications in your settings."""),
        ("Manutenzione programmata dei servizi",
         """Gentile cliente,

ti informiamo che il giorno {date} dalle 00:30 alle 05:00 effettueremo interventi di manutenzione programmata sulla nostra rete.

Durante questo intervallo il servizio internet potrebbe subire brevi interruzioni.

Non è richiesta alcuna azione da parte tua.

Grazie per la comprensione,
{co} Telecomunicazioni"""),
        ("Updates to our Privacy Policy",
         """We've updated our Privacy Policy

Hi {name},

We've made some changes to the {co} Privacy Policy, effective {date}. The main updates:

* We explain in more detail which data is used to detect fraud.
* We've added information about how long we keep support recordings.
* We've listed the countries where your data may be processed.

These changes don't affect your privacy settings. Read the full policy: {link}

{co} Inc. | Legal notice | Do not reply to this automated message"""),
        ("Your weekly summary for {co}",
         """Weekly summary - {co}
Week ending {date}

Tasks
  Completed: 14
  Created: 9
  Overdue: 2

Assigned to you
  - Update onboarding checklist (due tomorrow)
  - Review vendor contract

Most active project: Website refresh

Open your dashboard: {link}

You get this summary every Monday. Change frequency in notification settings."""),
        ("Je wachtwoord is gewijzigd",
         """Hoi {name},

Het wachtwoord van je {co}-account is zojuist gewijzigd.

Heb je dit zelf gedaan? Dan hoef je niets te doen.

Heb je je wachtwoord niet gewijzigd? Neem dan direct contact met ons op via {link}.

Team {co}"""),
        ("[RESOLVED] Disk usage on {host}",
         """RESOLVED: Disk usage /var on {host}

Status: OK
Current value: 61%
Threshold: 85%
Triggered: {date} 02:10 UTC
Resolved: {date} 02:48 UTC (after {mins} min log cleanup)

Monitor: {link}

-- {co} Monitoring"""),
        ("Two-step verification turned off",
         """Hi {name},

Two-step verification was turned off for your {co} account on {date}.

Your account is now protected only by your password. We recommend turning two-step verification back on in your security settings.

If you didn't do this, secure your account now: {link}"""),
        ("Przypomnienie o wizycie",
         """Dzień dobry,

przypominamy o wizycie w przychodni {co}.

Data: {date}
Godzina: 11:15
Lekarz: lek. med. {last}
Gabinet: 14

Jeśli nie możesz przyjść, odwołaj wizytę najpóźniej dzień wcześniej.

Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać."""),
        ("Certificate for {host} expires in 14 days",
         """The TLS certificate for {host} will expire on {date}.

  Issuer: {co} Internal CA
  Serial: {ticket}

Automatic renewal failed on the last 3 attempts (ACME challenge timeout).

Check the renewal job or renew manually. Details: {link}"""),
        ("Re: [{repo}] Crash when config file is empty (#{ticket})",
         """{name} commented on this issue.

> I can reproduce this on 2.3.1 with an empty YAML file. The loader returns None and
> we index into it on line 88. Happy to send a PR if nobody's on it.

--
Reply to this email directly, view it on {co}: {link}
You are receiving this because you authored the thread."""),
        ("Ditt kontoutdrag finns nu",
         """Hej {name},

Ditt kontoutdrag för {date} finns nu att läsa i internetbanken och i appen.

Logga in för att se dina transaktioner.

Det här mejlet går inte att svara på.

Med vänliga hälsningar
{co} Sparbank"""),
        ("You've used 80% of your API quota",
         """Hi {name},

Your {co} project has used 80% of its monthly API request quota.

  Used: 800,000 of 1,000,000 requests
  Resets: {date}

When the quota is reached, further requests will return HTTP 429 until the reset date.

View usage: {link}"""),
        ("Items due soon",
         """Dear {name} {last},

The following items on your {co} Library card are due soon:

  The Salt Road (book) - due {date}
  Birds of the Estuary (book) - due {date}

You can renew items online if nobody else has placed a hold: {link}

This is an automated message from {co} Library."""),
        ("Änderung unserer Allgemeinen Geschäftsbedingungen",
         """Sehr geehrte Kundin, sehr geehrter Kunde,

wir passen unsere Allgemeinen Geschäftsbedingungen zum {date} an. Die wesentlichen Änderungen betreffen die Kündigungsfristen sowie die Regelungen zur Rechnungsstellung.

Die neuen AGB finden Sie unter: {link}

Wenn Sie nicht innerhalb von sechs Wochen widersprechen, gelten die Änderungen als genehmigt. Auf diese Folge weisen wir Sie hiermit ausdrücklich hin.

Mit freundlichen Grüßen
{co} AG"""),
        ("[{repo}] Security advisory for a dependency",
         """A dependency in {co}/{repo} has a known vulnerability.

Package: yaml-lite (pip)
Affected versions: < 4.2.1
Severity: High
Manifest: requirements.txt

An automated pull request to upgrade the package could not be created because of a version conflict.

View the advisory: {link}

You are receiving this because you have admin access to {repo}."""),
        ("New grade posted: Statistics 201",
         """Hello {name},

A new grade has been posted in Statistics 201.

Assignment: Problem Set 4
Posted: {date}

Log in to the {co} learning portal to view your grade and feedback: {link}

Notification preferences can be changed in your portal profile."""),
        ("Alerta de acesso à sua conta",
         """Olá {name},

Detectamos um novo acesso à sua conta {co}.

Data: {date}
Dispositivo: Chrome no Windows
Local aproximado: Curitiba, Brasil

Se foi você, pode ignorar esta mensagem. Se não reconhece este acesso, altere sua senha imediatamente.

Equipe de Segurança {co}"""),
        ("Backup report: {host}",
         """Backup job "nightly-{host}" completed successfully.

Start:    {date} 01:00:03
End:      {date} 01:{mins}:41
Files:    184,233 (1,204 changed)
Size:     48.2 GB (delta 1.1 GB)
Target:   offsite-2
Warnings: 0

-- {co} Backup"""),
        ("Your message to the {repo}-dev list is awaiting moderator approval",
         """Your mail to '{repo}-dev' with the subject

    Re: release schedule for 3.0

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive notification of the moderator's decision."""),
        ("Your account will be archived",
         """Hi {name},

We haven't seen you sign in to {co} for 11 months. To keep our systems secure, inactive accounts are archived after 12 months.

If you'd like to keep your account, just sign in before {date}. Archived accounts can't be restored.

{co}"""),
        ("Rappel : votre rendez-vous du {date}",
         """Bonjour {name} {last},

Nous vous rappelons votre rendez-vous :

Centre : {co} Radiologie
Date : {date} à 09h40
Examen : échographie

Merci de vous munir de votre carte vitale et de votre ordonnance.

Pour annuler, utilisez le lien suivant : {link}

Ceci est un message automatique."""),
        ("New reply in \"Pruning an old apple tree\"",
         """Hi {name},

greenthumb_{last} replied to a thread you're following on the {co} Gardeners Forum:

"Late winter is best. Take out crossing branches first and never more than a third in one year."

View the thread: {link}

You're following this thread. Unfollow to stop these emails."""),
        ("A new document is available in your account",
         """Dear {name} {last},

A new document has been added to your {co} Tax Agency online account.

Document type: Notice of assessment
Date issued: {date}

To view it, sign in to your online account. For security reasons, we do not attach documents to emails.

This is an automatic notification. Please do not reply."""),
        ("Deploy succeeded: {repo} to production",
         """Deploy #{ticket} of {repo} to production succeeded.

Environment: production ({host})
Commit: a41c77e
Triggered by: {name} {last}
Duration: {mins}m 08s

View deploy: {link}"""),
        ("Recordatorio: Revisión semanal hoy a las 16:00",
         """Recordatorio de evento

Revisión semanal
Cuándo: {date}, 16:00 - 16:30
Dónde: Sala 3 / {link}
Organizador: {name} {last}

Has recibido este recordatorio porque eres invitado de este evento en el calendario de {co}."""),
        ("Your card on file is expiring",
         """Hi {name},

The card ending in 4482 that you use for {co} expires at the end of this month.

To avoid interruption of your service, update your payment details before your next billing date: {link}

If you've already updated it, thanks, you can ignore this email."""),
        ("DOWN: {host} (HTTP check)",
         """Monitor is DOWN: {host}

Check: HTTPS GET /healthz
Reason: Connection timeout (30s)
Down since: {date} 11:02:55 UTC
Checked from: Frankfurt, Amsterdam

We'll notify you when it's back up.

{co} Uptime"""),
        ("【重要】システムメンテナンスのお知らせ",
         """お客様各位

平素より{co}をご利用いただき誠にありがとうございます。
下記の日程でシステムメンテナンスを実施いたします。

日時：{date} 2:00～6:00
影響：メンテナンス中はサービスをご利用いただけません。

ご不便をおかけいたしますが、何卒ご理解のほどよろしくお願い申し上げます。

{co}運営事務局"""),
        ("Your data export is ready",
         """Hi {name},

The export of your {co} data that you requested is ready to download.

The download link is available in your account settings for 7 days: {link}

The archive contains your posts, comments and profile information."""),
        ("Nuovo accesso al tuo account",
         """Ciao {name},

abbiamo rilevato un nuovo accesso al tuo account {co} da un dispositivo non riconosciuto.

Dispositivo: Firefox su Windows
Data: {date}

Se sei stato tu, non devi fare nulla. In caso contrario, cambia subito la password dalle impostazioni del tuo account.

Il team sicurezza di {co}"""),
        ("A new SSH key was added to your account",
         """Hey {name},

The following SSH key was added to your {co} account:

  deploy-laptop
  SHA256:Qm7c2LvX0aR9p4TnE8yJw1bKdZs6HfUo3GiN5eVtY2c

If you believe this key was added in error, you can remove it and disable access at the following location:

{link}"""),
    ],
    "support": [
        ("[{co} Support] Request #{ticket} received",
         """Hi {name},

Thanks for contacting {co} Support. Your request (#{ticket}) has been received and is being reviewed by our support staff.

Subject: Can't export reports to PDF

To add additional comments, reply to this email. Please keep the request number in the subject line.

You can view the status of your request at any time: {link}

{co} Support"""),
        ("Re: Wi-Fi keeps dropping [Case {ticket}]",
         """Hello {name},

Thanks for the details. From what you describe, the router is most likely switching channels because of interference. Could you try the following?

1. Log in to the router at 192.168.1.1 (the password is on the sticker underneath).
2. Go to Wireless > Advanced and set the 2.4 GHz channel to 1, 6 or 11 instead of Auto.
3. Turn off "Smart Connect" so the 2.4 and 5 GHz networks have separate names.
4. Restart the router and leave it off for 30 seconds before powering it back on.

If the connection still drops after that, please reply with the time it happened and I'll pull the line logs from our side.

Kind regards,
Priya
{co} Technical Support"""),
        ("Ihr Ticket #{ticket} wurde aktualisiert",
         """Hallo {name} {last},

es gibt eine neue Antwort auf Ihr Ticket #{ticket} ("Lieferung unvollständig"):

Sehr geehrte(r) {name} {last},

vielen Dank für Ihre Geduld. Wir haben das fehlende Teil ({product}) heute nachgeschickt. Die Sendungsnummer lautet {track}.

Mit freundlichen Grüßen
Jana Becker
{co} Kundenservice

Sie können auf diese E-Mail antworten, um dem Ticket einen Kommentar hinzuzufügen."""),
        ("We need a bit more information - case {ticket}",
         """Hi {name},

I'm sorry to hear your {product} arrived damaged. To get this sorted as quickly as possible, could you reply with:

  - a photo of the damaged area
  - a photo of the outer box, showing the shipping label
  - your order number ({order}, if that's the one)

Once we have these, I can arrange a replacement or a refund, whichever you prefer.

Best,
Marco
{co} Customer Care
Case {ticket}"""),
        ("Your request #{ticket} has been resolved",
         """Hello {name},

Your request #{ticket} "Invoice shows wrong company address" has been marked as solved.

If you feel the issue isn't resolved, simply reply to this email and the request will be reopened.

How would you rate the support you received?

[Good, I'm satisfied]   [Bad, I'm unsatisfied]

{co} Help Center"""),
        ("Case {ticket} escalated to our engineering team",
         """Hi {name},

Thank you for your patience while we looked into the sync errors on your account.

I've reproduced the problem on our side and escalated your case to our second-level engineering team, since it looks like an issue with how attachments over 25 MB are handled. They typically respond within 2 business days.

You don't need to do anything right now. I'll update this case as soon as I hear back from them.

Regards,
Tomás
Support Specialist, {co}
Case {ticket}"""),
        ("Re: Problème de connexion à l'application",
         """Bonjour {name},

Merci pour votre message et désolé pour ce désagrément.

Après vérification, votre compte était temporairement bloqué suite à plusieurs tentatives de connexion échouées. Je l'ai débloqué à l'instant.

Pouvez-vous réessayer et me dire si tout fonctionne ? Si le problème persiste, merci de m'indiquer le modèle de votre téléphone et la version de l'application.

Bien cordialement,
Camille
Service client {co}
Dossier n° {ticket}"""),
        ("RMA {ticket} approved - return instructions",
         """Dear {name} {last},

Your return merchandise authorization (RMA) request has been approved.

RMA number: {ticket}
Product: {product}
Serial number: as provided
Reason: No power after firmware update

Next steps:
1. Pack the unit securely. Accessories are not needed.
2. Write the RMA number clearly on the outside of the box.
3. Attach the prepaid label: {link}
4. Drop the package at any Parcelwise location within 14 days.

Once we receive and test the unit, we will repair or replace it under warranty and send it back to you.

{co} Service Center"""),
        ("Re: my account got charged twice",
         """Hey {name},

Dana here from the {co} support team. Ugh, sorry about that, double charges are the worst.

I checked and you're right: the second charge on {date} was a glitch on our end when the payment page timed out. I've already reversed it, so you should see {amount} back on your card in a few days (your bank decides exactly when).

Nothing else you need to do. If it hasn't shown up by next week, just reply here and I'll chase it.

Cheers,
Dana
{co} Support | Ticket {ticket}"""),
        ("Your refund request (ticket {ticket})",
         """Hello {name},

Thanks for getting back to us. I've reviewed your ticket and since the {product} stopped working within the 30-day window, I've approved a full refund of {amount}.

The refund has been submitted to your original payment method and should show within 5-7 business days. You don't need to return the item.

Is there anything else I can help you with on this ticket? If not, it will close automatically in 3 days.

Best regards,
Leonie
{co} Customer Support"""),
        ("Necesitamos más información sobre tu solicitud #{ticket}",
         """Hola {name}:

Gracias por contactar con el soporte de {co}. Para poder ayudarte con tu incidencia necesitamos algunos datos adicionales:

- Número de pedido
- Fecha aproximada de la compra
- Una captura de pantalla del mensaje de error

Puedes responder directamente a este correo. Si no recibimos respuesta en 7 días, cerraremos la solicitud.

Un saludo,
Lucía
Atención al cliente {co}"""),
        ("How did we do? Ticket #{ticket}",
         """Hi {name},

Your ticket #{ticket} with {co} Support was recently closed. We'd love to hear how it went.

How satisfied were you with the help you got from Arjun?

  1 - Very unsatisfied
  2
  3
  4
  5 - Very satisfied

Click a number to answer: {link}

It takes less than a minute. Your feedback goes straight to our support team."""),
        ("Warranty claim {ticket} - decision",
         """Dear {name} {last},

We have completed our review of warranty claim {ticket} for your {product}.

Our technicians found that the fault is covered by the manufacturer's warranty. We will repair the unit free of charge. The estimated turnaround is 10 working days from receipt.

Please note: cosmetic damage to the housing is not covered and will not be repaired.

If you have questions about this decision, reply to this email quoting your claim number.

{co} Warranty Services"""),
        ("お問い合わせありがとうございます（受付番号：{ticket}）",
         """{last} 様

{co}カスタマーサポートの佐藤です。
お問い合わせいただいた件について回答いたします。

ご指摘のエラーは、アプリのバージョンが古い場合に発生することが確認されております。
お手数ですが、アプリを最新版に更新した上で、再度お試しいただけますでしょうか。

改善しない場合は、本メールにご返信ください。

受付番号：{ticket}
{co}カスタマーサポート"""),
        ("We're waiting on your reply - request #{ticket}",
         """Hi {name},

We're still waiting for your reply on request #{ticket} about your account migration.

Our last question was: which workspace should be kept as the primary one after the merge?

If we don't hear back from you in 3 days, this request will be closed automatically. You can reopen it any time by replying to this email.

{co} Support"""),
        ("INC{ticket}: Laptop replacement",
         """Hello {name},

Your incident INC{ticket} has been updated by the IT Service Desk.

Short description: Laptop battery swelling
State: In progress
Assigned to: D. Okoro (Field Services)

Work note:
"Replacement laptop has been imaged and is ready for pickup at the 3rd floor IT bar from {date}. Please bring the old device and its charger. Data from your home drive will be available automatically."

View your incident: {link}

{co} IT Service Desk"""),
        ("Re: Richiesta di assistenza n. {ticket}",
         """Gentile {name},

grazie per averci contattato. Ho verificato la sua pratica: la lavatrice risulta ancora in garanzia, quindi l'intervento del tecnico sarà gratuito.

Il tecnico la contatterà telefonicamente entro 48 ore per concordare un appuntamento.

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti,
Federica Moretti
Assistenza Clienti {co}"""),
        ("Re: Dashboard charts not loading [#{ticket}]",
         """Hi {name},

Thanks for the HAR file, that was really helpful. Our engineers tracked it down: charts with more than 50 series hit a timeout in the new renderer.

A fix is scheduled for next week's release. In the meantime, here's a workaround:

  Settings > Display > Chart engine > switch to "Classic"

That brings the charts back for the affected dashboards. I'll keep this ticket open and update you when the fix is live.

Best,
Oskar
Support Engineer, {co}"""),
        ("Your case {ticket}: account access",
         """Dear {name} {last},

Thank you for contacting {co} regarding access to your account.

To protect your account, we need to confirm that you are the owner before we can help. Please reply to this email with:

  - the approximate date you opened the account
  - the last four digits of the card used for your most recent payment
  - any previous email address linked to the account

Please do NOT send your password or full card number. Once we have verified your details, we will help you regain access.

Account Security Team
{co}"""),
        ("Uw vraag aan de klantenservice ({ticket})",
         """Beste {name},

Bedankt voor je bericht. Ik heb gekeken naar je bestelling {order}: het pakket is helaas beschadigd geraakt in het sorteercentrum.

Ik heb een nieuwe zending voor je klaargezet. Je ontvangt vandaag nog een track & trace-code.

Met vriendelijke groet,
Sanne
Klantenservice {co}
Dossiernummer: {ticket}"""),
        ("Billing dispute update - case {ticket}",
         """Hi {name},

I've finished reviewing the billing dispute you opened about your {date} invoice.

You were charged for 12 seats, but your account only had 8 active users for that period. I've applied a credit of {amount} to your account, which will be taken off your next invoice automatically.

I've also fixed the seat count so this won't happen again.

Let me know if anything looks off.

Regards,
Hannah
{co} Billing Support"""),
        ("Request #{ticket} has been merged",
         """Hello {name},

Your request #{ticket} has been merged into an earlier request you sent us about the same issue. We'll continue the conversation there so nothing gets lost.

You don't need to do anything. Replies to this email will be added to the combined request.

{co} Support"""),
        ("Odpowiedź na zgłoszenie nr {ticket}",
         """Dzień dobry {name},

dziękujemy za kontakt z działem obsługi klienta {co}.

Sprawdziliśmy Twoje zgłoszenie. Faktura korygująca została wystawiona i jest dostępna w panelu klienta. Różnica w kwocie zostanie zwrócona na Twoje konto w ciągu 7 dni roboczych.

Jeśli masz dodatkowe pytania, odpowiedz na tę wiadomość.

Pozdrawiamy,
Karolina
Biuro Obsługi Klienta {co}"""),
        ("Following up on our call",
         """Hi {name},

Thanks for taking the time to talk with me today. Here's a quick summary of what we covered, so you have it in writing:

- Your internet outage on {date} was caused by a fault at the local cabinet, which has now been repaired.
- I've added a credit for 3 days of service to your account.
- If the speed drops below 50 Mbps again, run the line test in the app and reply here with the result.

Your case number is {ticket}. Just reply to this email if you need anything else.

All the best,
Jordan
{co} Customer Support"""),
        ("[Service Desk] Ticket {ticket}: VPN access for new laptop",
         """Dear {name},

Your ticket has been resolved by the {co} University IT Service Desk.

Resolution:
We have added your new device to the VPN access group. Please restart your laptop and connect using your university username. If you're prompted for a certificate, select "university-device".

If your issue is not resolved, reply to this email within 5 days and the ticket will be reopened.

IT Service Desk
Open Monday to Friday, 8:00-18:00"""),
        ("Ang. ditt ärende {ticket}",
         """Hej {name},

Tack för att du kontaktade {co} kundtjänst.

Vi har undersökt ditt ärende och kan se att din beställning {order} har fastnat hos transportören. Vi har skickat en efterlysning och återkommer så snart vi vet mer, senast inom tre arbetsdagar.

Vänliga hälsningar
Elin
Kundtjänst {co}"""),
        ("Re: [#{ticket}] High latency on {host}",
         """Hi {name},

Our network team looked into the latency you reported on {host}. The server was on a hypervisor that had a failing NIC, which caused packet loss during peak hours.

We live-migrated your instance to a healthy node at 09:40 UTC. Since then latency has been stable at around 2 ms from our monitoring.

Could you confirm things look normal on your side? If we don't hear back, we'll close this ticket in 48 hours.

Regards,
Rafael
{co} Hosting Support"""),
        ("Ticket #{ticket} reopened",
         """Hi {name},

Your reply has reopened ticket #{ticket} ("Mobile app crashes on upload").

An agent will get back to you soon. Our current response time is about 1 business day.

Your message:
> Still happening on version 5.2, crashed twice this morning.

{co} Support"""),
        ("Atualização do seu chamado {ticket}",
         """Olá {name},

Seu chamado {ticket} foi atualizado.

Resposta do atendente:
"Verificamos que a cobrança duplicada ocorreu por uma falha no processamento. O estorno de {amount} já foi solicitado e deve aparecer na sua fatura em até dois ciclos."

Se precisar de mais alguma coisa, basta responder este e-mail.

Atenciosamente,
Suporte {co}"""),
        ("Your chat transcript with {co}",
         """Chat transcript - Case {ticket}
{date}

Agent (Mia): Hi {name}, thanks for waiting! How can I help?
You: my order says delivered but nothing's here
Agent (Mia): Sorry about that. Can you check with neighbours or a safe place first?
You: already did, nothing
Agent (Mia): Okay, I've opened an investigation with the carrier. If it isn't found within 48 hours, we'll send a replacement.
You: thanks
Agent (Mia): You're welcome! Anything else?

Reply to this email to continue the conversation."""),
        ("Re: Missing items after server merge",
         """Hi {name},

Thanks for your patience! I checked the logs for your character and I can see the items went missing during the server merge on {date}.

I've restored the following to your mailbox in-game:
  - Emberforged Blade (+7)
  - 3x Greater Healing Draught

Please log out fully and back in to see them. Sorry for the trouble, adventurer!

GM Tavi
{co} Player Support
Ticket {ticket}"""),
        ("Ihr Reparaturauftrag {ticket}",
         """Guten Tag {name} {last},

Ihr Gerät ({product}) ist in unserem Reparaturzentrum eingegangen.

Reparaturauftrag: {ticket}
Status: Fehleranalyse
Voraussichtliche Bearbeitungsdauer: 5 bis 7 Werktage

Den aktuellen Stand können Sie jederzeit hier einsehen: {link}

Bei Rückfragen antworten Sie einfach auf diese E-Mail.

Ihr {co} Service-Team"""),
        ("Your baggage claim {ticket}",
         """Dear {name} {last},

Thank you for contacting {co} Customer Relations about your delayed baggage on {date}.

Your bag was located at our hub and delivered to your address the following day. In line with our conditions of carriage, we can reimburse reasonable interim expenses. Please send us itemised receipts for essentials you bought while waiting, and we will review them within 14 days.

Please quote reference {ticket} in all correspondence.

Yours sincerely,
Customer Relations
{co}"""),
        ("Maintenance request #{ticket} update",
         """Hi {name},

An update on your maintenance request #{ticket} (leaking kitchen tap, unit 4B):

A plumber has been booked for {date} between 8:00 and 12:00. Please make sure someone can let them in, or let us know if we may enter with the master key.

Reply to this email if the time doesn't work.

{co} Property Management"""),
        ("Re: Support request regarding {repo} memory leak",
         """Hi {name},

Thanks for sending the heap dump. I've gone through it with one of the maintainers of {repo}.

The growth comes from the connection pool: with keepalive disabled, connections are never returned to the pool. Setting pool.recycle = 300 in your config stops the leak in our reproduction.

We've opened an internal issue to make this the default in the next minor release. Since you're on the Enterprise support plan, we'll backport the fix to your LTS branch.

Let me know if the workaround helps.

Best,
Nadia
{co} Enterprise Support"""),
        ("Votre avis sur le traitement de votre demande {ticket}",
         """Bonjour {name},

Votre demande n° {ticket} a récemment été clôturée par notre équipe.

Afin d'améliorer notre service, pourriez-vous nous dire si vous êtes satisfait(e) de la réponse apportée ?

[Oui]   [Non]

Cela ne prend que quelques secondes. Merci d'avance !

Le support {co}"""),
        ("Re: Replacement for broken lid",
         """Hi {name},

No problem at all, and thanks for the photo. I've gone ahead and sent you a new lid for your {product} free of charge.

It's shipping today with tracking number {track}. No need to send the old one back.

If anything else comes up, you know where to find me!

Warmly,
Beth
{co} Customer Happiness
Ticket #{ticket}"""),
        ("Update on your case {ticket}",
         """Hi {name},

Just a quick update: our team is still investigating why your payouts are delayed. We're in contact with our payment partner and expect an answer within the next 2 business days.

I know waiting isn't fun, so I'll update you as soon as I have news, even if it's just to say we're still on it.

Thanks for bearing with us,
Sam
{co} Seller Support"""),
        ("Cierre de tu caso {ticket}",
         """Hola {name}:

Te escribimos para informarte de que hemos cerrado tu caso {ticket}, ya que la incidencia con la facturación ha quedado resuelta.

Si vuelves a tener el mismo problema, responde a este correo en los próximos 15 días y reabriremos el caso.

Gracias por tu paciencia.

Servicio de atención al cliente
{co}"""),
        ("Re: [{co} #{ticket}] Sync not working after update",
         """Hi {name},

Thanks for trying those steps.

> I reinstalled the app and signed in again, but the folder still shows
> "waiting to sync". My laptop is on Windows 11, version 23H2.

That narrows it down. This sounds like the known issue with the Windows file indexer locking the sync folder. Please try this:

1. Close {co} completely (right-click the tray icon > Quit).
2. Open Settings > Privacy > Searching Windows and add the sync folder to "Excluded folders".
3. Start {co} again.

Let me know how it goes.

Ana
{co} Support"""),
        ("Your complaint reference {ticket}",
         """Dear {name} {last},

Thank you for raising your concern about the late payment fee on your water account.

We have reviewed your account and agree that the fee should not have been applied, as your payment was received on time. The fee of {amount} has been removed.

If you are not satisfied with this outcome, you can ask for your complaint to be reviewed by a manager by replying within 8 weeks.

Customer Resolutions Team
{co} Water"""),
        ("修理受付のご連絡（受付番号 {ticket}）",
         """{last} 様

このたびは{co}製品をご利用いただき、誠にありがとうございます。
お送りいただいた製品（{product}）を修理センターにて受け付けました。

受付番号：{ticket}
症状：電源が入らない
修理完了予定：約7営業日

修理内容が確定しましたら、改めてご連絡いたします。

{co}修理センター"""),
        ("Your data deletion request ({ticket})",
         """Dear {name} {last},

We have completed your request to delete your personal data, received on {date}.

The following has been deleted:
  - your customer profile and order history
  - marketing preferences
  - support conversations older than 30 days

We are legally required to keep invoices for 10 years; these are stored separately and used only for accounting.

If you have questions about this request, reply to this email quoting reference {ticket}.

{co} Privacy Team"""),
        ("Chiusura della richiesta {ticket}",
         """Ciao {name},

la tua richiesta {ticket} è stata chiusa perché non abbiamo ricevuto risposta negli ultimi 7 giorni.

Se hai ancora bisogno di aiuto, rispondi a questa email e la riapriremo.

Il team di supporto {co}"""),
        ("Re: [{co} #{ticket}] export fails",
         """Thanks, that log helped. It's a bug on our side; the fix ships Thursday. I'll ping you here when it's out.

- Kenji, {co} support"""),
    ],
    "personal": [
        ("quick q about the deck",
         """Hey {name},

Before I send the deck to {co} tomorrow: did we agree to drop the pricing slide or just move it to the appendix? I've got it in the appendix for now.

Also, slide 7 still says Q2 everywhere. I'll fix it unless you already have.

Thanks!
Ines"""),
        ("dinner sat??",
         """hiii

so are we still on for saturday? i was thinking that thai place near the station, the one with the tiny garden, unless ur sick of thai lol

Tom can only come after 8 bc of his sister's thing so maybe 8:15?? let me know and ill book

xx
Mel"""),
        ("Omas Geburtstag",
         """Hallo {name},

Oma wird ja am {date} 85 und Mama möchte eine kleine Feier bei ihr im Garten machen. Kannst du einen Kuchen mitbringen? Ich kümmere mich um die Getränke und Papa grillt.

Wir wollten auch zusammenlegen für ein Geschenk, vielleicht einen neuen Sessel für die Terrasse. Bist du dabei? Wären so 40 Euro pro Person.

Liebe Grüße
Anna

PS: Sag Jonas bitte auch Bescheid, der liest nie seine Mails."""),
        ("Re: moving the offsite",
         """Works for me. I'll tell the venue.

On {date}, {name} {last} wrote:
> Hi all,
>
> Looks like half the team is out the week of the 14th. Could we move the
> offsite to the following Thursday instead? Same place, same time.
>
> {name}
"""),
        ("your parcel + the fence",
         """Hi {name},

It's Rosa from number 14. A parcel for you was left on our doorstep this morning (I think the driver mixed up the numbers again), so I've taken it inside. Knock whenever you're home, I'm in most of the evening.

While I have you: the fence panel between our gardens came loose in the wind last night. Trevor says he can fix it this weekend if you're happy to split the cost of a new post, probably not more than 30 or so.

Rosa"""),
        ("Your background in data platforms",
         """Hi {name},

I came across your talk on event pipelines from last year and wanted to reach out directly. I'm helping {co}, a 40-person logistics startup, find a staff engineer to lead their data platform.

This isn't a mass message: I think your work on {repo} is a good fit for what they're building, and the team is remote-first with a very reasonable on-call setup.

Would you be open to a 20-minute chat next week? No pressure at all if the timing isn't right.

Best,
Gabriel Okafor
Independent recruiter"""),
        ("Vacances en août",
         """Coucou {name} !

Alors, toujours partante pour la Bretagne en août ? J'ai trouvé une petite maison près de la plage, 4 chambres, pas trop chère si on est six. Je t'envoie le lien : {link}

Il faudrait qu'on se décide vite parce que les dates partent vite. Tu peux demander à Julien s'il prend sa semaine ?

Bisous,
Claire"""),
        ("Re: [{repo}-dev] Proposal: drop support for Python 3.8",
         """On {date}, {name} {last} wrote:
> I'd like to propose that the next minor release drops 3.8. It's been EOL
> for a while and it's blocking us from using the newer typing features.

+1 from me in principle, but I'd like us to do one more patch release that still supports 3.8 first, so downstream distros have something to pin to.

Also, let's put it in the changelog under a big "Breaking" heading this time. Last time we dropped a version people were surprised.

Cheers,
Henrik

_______________________________________________
{repo}-dev mailing list
To unsubscribe send an email to {repo}-dev-leave@lists.{repo}.example"""),
        ("long overdue catch-up",
         """{name}!!

I realise it's been almost a year since I last wrote properly, which is ridiculous. So here goes, the full update:

- We finally moved out of the flat with the mouldy bathroom. New place is smaller but has a balcony, and I've become a tomato person. Eleven plants. Send help.
- Work is fine-ish. I switched teams in spring, now doing mostly planning stuff, fewer fires.
- Kaito started school in September and already corrects my grammar.
- I ran a half marathon (slowly). My knees have opinions about it.

How are YOU? How's the new job, and did you ever finish restoring that awful green bike?

We're thinking of coming up north over the holidays. Would be lovely to see you if you're around, even just for a coffee.

Miss you, write back when you can (no pressure, clearly I'm not one to talk)

Hana"""),
        ("carpool sunday",
         """Hi runners,

For Sunday's long run at the reservoir I can take 3 people in my car. Leaving from the club house at 7:15 sharp.

So far I have:
1. Mia
2. Kwame
3. ?

{name}, you asked last week, still want the spot?

See you out there,
Leo
(Riverside Running Club)"""),
        ("Re: Navidad en casa de los abuelos",
         """Hola {name},

Me parece bien lo de la cena del 24 en casa de los abuelos. Yo llevo el postre y el vino, que el año pasado el turrón se acabó en diez minutos jaja.

¿Sabes si viene la tía Carmen? Porque si viene habrá que poner otra mesa.

Un abrazo,
Pablo

El {date}, {name} escribió:
> ¿Qué os parece si este año hacemos la cena en casa de los abuelos? Así
> la abuela no tiene que viajar."""),
        ("1:1 agenda for Thursday",
         """Hi {name},

Here's what I'd like to cover on Thursday, feel free to add to it:

1. How the on-call rotation has been feeling since the change
2. Your goals for next half (I know you mentioned wanting more design work)
3. Feedback from the {repo} migration retro
4. Conference budget, you asked about the one in October

Nothing urgent or worrying in there, promise.

Talk soon,
Deepa"""),
        ("saw this and thought of you",
         """{link}

the guy restores old typewriters and talks to each one like it's a pet. you will love it. or hate it. either way report back

- J"""),
        ("打ち合わせの件",
         """{name}さん

お疲れさまです。田中です。
来週の打ち合わせですが、水曜日の午後に変更してもよろしいでしょうか。
火曜日に急な出張が入ってしまいました。

資料は月曜日までに共有します。
ご都合いかがでしょうか。

よろしくお願いします。
田中"""),
        ("call your grandmother",
         """Hi sweetheart,

Just a reminder that it's Grandma's birthday on {date}. She won't say anything but she'll be watching the phone all day, so please call her, even for five minutes.

Also, Dad says the car insurance letter came here again. I'll forward it but you really need to update your address with them.

Love you,
Mum

Sent from my phone"""),
        ("Re: {repo} PR - thoughts on the retry logic?",
         """Hey {name},

Read through your PR last night. Overall looks good, just two things I wanted to talk through rather than leave as review comments:

- The exponential backoff caps at 10 minutes, which seems long for a user-facing request. Maybe cap at 30s there and keep the long cap for the background jobs?
- I'm not sure we should retry on 409 at all. That usually means the client is wrong, not the server.

Happy to jump on a call if that's easier. I'm free after 3.

Sofia"""),
        ("Cena venerdì?",
         """Ciao {name}!

Venerdì sera ci vediamo da Luca per una pizza, vieni anche tu? Ognuno porta qualcosa da bere. Verso le otto e mezza.

Dimmi entro giovedì così Luca sa quante pizze ordinare :)

Un bacio,
Giulia"""),
        ("heating in the flat",
         """Hi {name},

Thanks for letting me know about the radiator in the back bedroom. My brother-in-law is a plumber and he can come round on {date} around 10 to have a look, if that suits you. If not, just tell me a time that works.

Sorry it's been cold, hopefully it's a quick fix.

Best wishes,
Margaret Hill
(your landlady, in case the email shows up oddly!)"""),
        ("Re: budget numbers",
         """Hi {name}, answers inline.

> 1. Is the travel line per person or total?

Per person. Total is in the second tab.

> 2. Do we have to include contractors?

Only the two who are on retainer, not the one-off ones.

> 3. When does finance need this?

Friday EOD, but earlier is better because Rahul is out next week.

Thanks for pulling this together!
Oliver"""),
        ("Buurtborrel zaterdag",
         """Hoi buren,

Zaterdag {date} houden we weer de buurtborrel op het pleintje, vanaf 16:00. Neem iets te eten mee om te delen, wij zorgen voor drinken en de partytent.

Kinderen zijn natuurlijk welkom, er komt een springkussen.

Groetjes,
Femke en Joost (nr. 23)"""),
        ("reference request",
         """Hi {name},

I hope you're well! It's been a couple of years since we worked together at {co}, and I still think of the launch we pulled off with two people and a whiteboard.

I'm applying for a team lead role and they've asked for a reference from someone who managed me. Would you be willing? It'd just be a 15-minute phone call, probably sometime in the next two weeks.

Totally understand if you're too busy. Either way, hope life is treating you well.

Thanks so much,
Arjun"""),
        ("About Lily's reading",
         """Dear {name},

Thank you for coming to the parents' evening on Tuesday. As promised, here are the books I mentioned that Lily might enjoy at home:

- The Lighthouse Cat
- Pip and the Paper Boat
- anything in the Moonfield series

She's making great progress. Reading together for ten minutes in the evenings really does help.

Kind regards,
Ms Ellison
Class 2B"""),
        ("Wyjazd do rodziców",
         """Cześć {name},

Jedziemy do rodziców w sobotę rano, pewnie koło 9. Jeśli chcesz się zabrać, mamy jeszcze miejsce w samochodzie.

Mama prosiła, żebyś wzięła ten przepis na sernik, o którym mówiłaś.

Buziaki,
Kasia"""),
        ("running late",
         """10 min late, train stuck outside the station. start without me"""),
        ("[community-garden] Tool shed key + watering rota",
         """Hi everyone,

Two quick things:

1) The spare key for the tool shed is now in the lockbox by the gate. Code is the same as before, ask me if you've forgotten.

2) Watering rota for July is up on the noticeboard. I've left gaps for the last two weeks because lots of us are away. If you can take a day, reply to me (not to the whole list please!).

Thanks all, the beans are looking amazing this year.

Priya

--
You received this message because you are subscribed to the Elm Street Community Garden group.
To unsubscribe from this group, send email to community-garden+unsubscribe@groups.elmstreet.example"""),
        ("Tjena!",
         """Hej {name}!

Länge sedan! Jag är i stan nästa helg och tänkte att vi kunde ta en fika eller en öl. Fredag kväll eller lördag funkar för mig.

Hur går det med nya jobbet förresten?

Kram,
Erik"""),
        ("Re: RSVP for the wedding!",
         """Yes yes yes we're coming!! Both of us. Sam is vegetarian, I'll eat anything.

Can we bring anything for the Friday night thing? Also is there a hotel block or are people just booking wherever?

So happy for you two 💛

> Hi friends! Please let us know by {date} if you can make it. Dinner
> options are in the form: {link}"""),
        ("on-call handover",
         """Hey {name},

Handing over on-call to you from tomorrow 9am. Things to know:

- {host} has been flapping on the disk alert. It's the log volume, not data. I ran the cleanup twice; if it fires again just run the same script, it's in the runbook.
- The payment provider has maintenance Wednesday night, expect some 5xx noise around 2am.
- Nothing else open. The incident from Monday is closed, postmortem is on Friday.

Ping me if anything's weird, I'm around until the weekend.

Raj"""),
        ("Saudades!",
         """Oi {name},

Quanto tempo! Vi as fotos da viagem no grupo da turma, que lugar lindo.

Estou pensando em ir a Lisboa em outubro. Você ainda mora lá? Seria ótimo te ver e tomar um café.

Beijos,
Mariana"""),
        ("Book club: next month's pick",
         """Hi all,

Thanks for a lovely evening on Thursday (and for the lemon cake, Ayesha!).

For next month we voted for The Glass Orchard, so that's settled. Meeting at mine on {date} at 7.

A few people asked for the other titles we talked about:
  * The Long Quiet - if you liked the narrator this month
  * Salt and Iron - the historical one Ben keeps recommending
  * anything by Mireille Dubois

See you then,
{name}"""),
        ("invoice for March",
         """Hi {name},

Just sent over my invoice for the March illustrations through the usual portal. Same rate as before, 14 pieces.

No rush, but let me know if anything needs changing on it. And thanks again for the extra time on the cover, it came out so much better for it.

Best,
Noor"""),
        ("Kurze Frage zum Release",
         """Hi {name},

kurze Frage: Sollen wir das Release von {repo} wirklich am Freitag machen? Ich bin ab Freitagmittag weg und möchte ungern, dass du allein bist, falls was schiefgeht.

Mein Vorschlag wäre Donnerstagvormittag. Was meinst du?

Gruß
Stefan"""),
        ("thank you",
         """Dear {name},

I just wanted to say thank you for everything you did while Dad was in hospital. The meals, the lifts, sitting with Mum on the worst days. I don't think I ever said it properly at the time.

He's home now and grumbling about the physio exercises, which we're taking as a good sign.

With love and gratitude,
Eleanor"""),
        ("Fwd: Parking permits",
         """FYI, see below. Looks like we need to renew by the end of the month. I'll do ours, do you want me to do yours at the same time?

---------- Forwarded message ---------
From: Residents Association
Date: {date}
Subject: Parking permits

Dear residents, please note that all parking permits for the courtyard must be renewed before the end of the month..."""),
        ("Bake sale volunteers",
         """Hi parents,

Thank you so much to everyone who signed up for the bake sale on {date}! Here's the plan:

  8:30  setup (Marcus, Elin)
  9:00  first shift at the table (Daniela, {name})
  11:00 second shift (Tom, Yusuf)
  13:00 clean up (everyone who's still standing)

Please label anything that contains nuts. Cash box will be with me.

Thanks!
Grace (Year 3 class rep)"""),
        ("Réunion de jeudi",
         """Salut {name},

Petit point avant la réunion de jeudi : j'ai relu le compte rendu du dernier comité et il manque les chiffres de mai. Tu peux les ajouter ou tu veux que je m'en occupe ?

Et on garde 14h, ou on décale à 15h pour que Nadia puisse être là ?

Merci,
Antoine"""),
        ("trip planning!!",
         """ok so I've been doing some research (aka falling down a rabbit hole at 1am). options:

1. coast road, 3 days, stay in the little fishing villages
   {link}
2. mountains, cabin by the lake, more hiking
3. city break, cheap flights on the 12th

I'm leaning 1 but honestly any is fine. budget wise 1 and 2 are similar, 3 is cheaper but more rushed

can you check w/ work if you can take the friday off? then we can decide this weekend

A"""),
        ("Mum and Dad's house",
         """Hi {name},

I went over to Mum and Dad's yesterday. The gutter over the kitchen is properly blocked now and Dad was talking about getting up the ladder himself, which, no.

I've asked a local guy to come and quote. Can we split it like last time? Probably a couple of hundred.

Also, Mum keeps mentioning the stairs. I think we need to have the stairlift conversation with them at Christmas, together. Let's talk this week?

Love,
Beth"""),
        ("Re: cambio de turno",
         """Hola {name},

Sin problema, te cambio el turno del jueves por el del lunes. Ya lo he apuntado en el cuadrante.

Por cierto, ¿al final vienes a la comida del equipo el viernes?

Saludos,
Javier"""),
        ("Comments on chapter 3",
         """Dear {name},

I've read through chapter 3. The argument is much clearer than the previous draft, and the new framing in section 3.2 works well.

Main points:
  - The related-work section is still too long; I'd cut it by a third and move the older citations to a footnote.
  - Figure 3.4 needs error bars, otherwise a reviewer will ask.
  - The conclusion promises more than the experiments show. Soften the second paragraph.

Let's discuss on Tuesday. Good progress overall.

Best,
Prof. Amara Nwosu"""),
        ("bills",
         """hey, electricity bill came, it's 96 total so 32 each. I paid it already so just send me yours whenever

also whoever keeps leaving the hob on pls stop lol

- Finn"""),
        ("週末のこと",
         """{name}へ

週末の花見、雨の予報だね。
日曜日にずらすか、うちでご飯にしようか？
みんなの都合聞いてみる！

ゆか"""),
        ("[{repo}-users] Re: config reload without restart?",
         """> > Is there a way to reload the config without restarting the daemon?
> > We run it under systemd.
>
> Sending SIGHUP should do it, at least since 1.4.

Just to add to this: SIGHUP reloads most settings, but not the listen address or the TLS cert paths. Those still need a full restart. It's mentioned in the docs under "Signals" but easy to miss.

Also if you use systemd, `systemctl reload` sends SIGHUP for you if the unit has ExecReload set.

Kofi

--
{repo}-users mailing list
https://lists.{repo}.example/mailman/listinfo/{repo}-users"""),
        ("Ci vediamo lunedì?",
         """Ciao {name},

lunedì riesci a passare in ufficio? Volevo farti vedere le bozze per il cliente prima di mandarle. Bastano venti minuti.

Se non riesci, facciamo una chiamata martedì mattina.

Grazie,
Marco"""),
        ("following up",
         """Hi {name},

Just following up on my note from last week. No worries if you're not looking right now, I totally get it.

If you ever want to chat about what's out there, even informally, I'm happy to. And if you know anyone who'd be interested in the role, I'd be grateful for an intro.

All the best,
Gabriel"""),
        ("so sorry",
         """{name},

I just heard about your dog from Chris. I'm so sorry. I know how much she meant to you, she was the best girl and always the first one to say hello at the door.

No need to reply. Just wanted you to know I'm thinking of you. If you want company, or a walk, or just someone to bring takeaway, I'm around.

Lots of love,
Nina"""),
    ],
    "marketing": [
        ("48 hours only: up to 40% off",
         """{co}

THE MID-SEASON SALE IS ON

Up to 40% off jackets, knitwear and boots. Two days only.

[ Shop women ]   [ Shop men ]

Free returns within 30 days. Ends {date} at midnight.

You're receiving this email because you signed up for {co} news.
Unsubscribe: {link} | Update preferences | Privacy policy
{co} Ltd, 1 Market Row, Oldham Quay"""),
        ("A little note from the workshop",
         """Hi {name},

It's been a busy few weeks here at the workshop! We finally got the new kiln running (after one very dramatic evening involving a fuse box), and the first batch of speckled mugs came out better than I dared hope.

They're in the shop now, just 24 of them, and once they're gone they're gone until spring: {link}

As always, thank you for supporting a tiny business. Every order is packed by me at the kitchen table.

Warmly,
Ruth
{co} Pottery

You're on this list because you bought from us or signed up at a market. Unsubscribe any time: {link}"""),
        ("Neu im Shop: Herbstkollektion",
         """Hallo {name},

die Tage werden kürzer, die Abende gemütlicher. Entdecken Sie jetzt unsere neue Herbstkollektion: Strickdecken, Kerzen und Keramik aus kleinen Manufakturen.

Nur bis Sonntag: 15 % Rabatt mit dem Code HERBST15.

[Jetzt entdecken]

Viele Grüße
Ihr {co} Team

Sie erhalten diesen Newsletter, weil Sie sich bei {co} angemeldet haben. Abmelden: {link}
Impressum | Datenschutz"""),
        ("Introducing {co} Insights: see your data in a whole new way",
         """Hi {name},

We've been working on something big, and today it's finally here.

{co} Insights turns your raw numbers into dashboards you'll actually want to look at:
  - AI-powered summaries of your weekly trends
  - One-click sharing with your whole team
  - 30+ new chart types

Insights is included free in Pro and Business plans. On the Free plan? Upgrade this month and get your first 3 months at 50% off.

[ Try Insights now ]

We can't wait to see what you build.

The {co} team

Manage email preferences: {link}"""),
        ("Webinar: Scaling your support team without burning out",
         """Hi {name},

Join us live on {date} at 17:00 CET for a free 45-minute webinar.

Scaling support without burning out
  - How to set realistic response-time targets
  - Building a knowledge base customers actually use
  - Live Q&A with support leaders from three growing companies

[ Save my seat ]

Can't make it? Register anyway and we'll send you the recording.

{co} Events
You're receiving this because you subscribed to {co} product updates. Unsubscribe: {link}"""),
        ("We miss you, {name}",
         """It's been a while!

We noticed you haven't ordered from {co} in a few months, and we'd love to have you back.

Here's 20% off your next order: use code {code} at checkout.

Valid until {date}. Can't be combined with other offers.

[ Start shopping ]

Not interested anymore? Unsubscribe here: {link}"""),
        ("Les soldes commencent maintenant !",
         """Bonjour {name},

C'est parti ! Jusqu'à -50 % sur une sélection d'articles pour la maison et le jardin.

Nos coups de cœur :
- Salon de jardin en teck : -30 %
- Luminaires d'extérieur : -40 %
- Coussins et plaids : dès 9,99 €

Offre valable jusqu'au {date}, dans la limite des stocks disponibles.

[J'en profite]

Pour vous désinscrire, cliquez ici : {link}
{co} SAS - Service client du lundi au samedi"""),
        ("Your 2,400 points expire soon",
         """Hi {name},

You have 2,400 {co} Rewards points waiting, but they'll expire on {date} unless you use them.

That's enough for:
  * a free drink and pastry, or
  * 10% off your next bag of beans, or
  * double points on every visit this week

Plus, this weekend only: earn 3x points on all seasonal drinks.

[ Use my points ]

{co} Rewards | Unsubscribe: {link}"""),
        ("Tell us what you think (and get a $10 voucher)",
         """Hi {name},

We're always looking for ways to make {co} better, and we'd love your input.

Take our 5-minute survey about how you shop for home goods, and as a thank you we'll send you a $10 voucher for your next order.

[ Take the survey ]

The survey closes on {date}. One voucher per customer.

You're receiving this as a {co} customer. Unsubscribe: {link}"""),
        ("The Morning Brief: five things to know today",
         """The Morning Brief
{date}

Good morning, {name}. Here's what you need to know:

1. City council approves new tram line after three-year debate
2. Heatwave expected to peak on Thursday
3. Local bakery wins national bread award
4. Opinion: Why we should all be walking more
5. The weekend's best outdoor concerts

Read the full stories at {link}

Like the Brief? Forward it to a friend. Or upgrade to {co} Premium for unlimited articles.

You are receiving this newsletter because you signed up at {co}. Unsubscribe"""),
        ("Solo este fin de semana: envío gratis",
         """Hola {name}:

Este fin de semana el envío es gratis en todos los pedidos, sin importe mínimo.

Además, te proponemos nuestros más vendidos del mes:
- {product}
- Cafetera italiana de acero
- Set de 4 tazas esmaltadas

[Comprar ahora]

Promoción válida hasta el {date} a las 23:59.

Si no quieres recibir más correos, date de baja aquí: {link}"""),
        ("Fares from 29 EUR: fly this autumn",
         """{co} Airlines

Autumn escapes, low fares

Book by {date} for travel in October and November.

  Lisbon         from 29 EUR
  Krakow         from 35 EUR
  Reykjavik      from 79 EUR
  Valletta       from 42 EUR

[ Find flights ]

Fares are one-way, including taxes, for selected dates. Limited seats.

Manage subscription | Unsubscribe: {link}"""),
        ("Early bird tickets for DevHarbor Summit end Friday",
         """Hi {name},

DevHarbor Summit is back! Two days of talks, workshops and hallway conversations about building reliable software.

Early bird pricing ends this Friday: save 35% on your pass.

This year's highlights:
  * Keynote: "Boring technology, exciting results"
  * Hands-on workshops on observability and platform engineering
  * Evening meetup with free food and (very) mediocre karaoke

[ Get your ticket ]

Organized by {co}. You're receiving this because you attended a previous edition. Unsubscribe: {link}"""),
        ("【期間限定】最大30%OFFセール開催中",
         """{name}様

いつも{co}をご利用いただきありがとうございます。

ただいま期間限定セールを開催中！
人気アイテムが最大30%OFFでお買い求めいただけます。

▼セール会場はこちら
{link}

開催期間：{date}まで

※本メールは配信登録いただいたお客様にお送りしています。
配信停止をご希望の方はこちら：{link}"""),
        ("What's new in {co}: faster search, dark mode, and more",
         """Hi {name},

Here's what we shipped this month:

Faster search. Results now load up to 3x faster, even in big workspaces.
Dark mode. You asked, we listened. Turn it on in Settings.
Templates gallery. 50 ready-made templates to get you started.

Want more? {co} Business adds advanced permissions, audit logs and priority support. Try it free for 14 days.

[ Start free trial ]

Happy building,
The {co} Product Team

You're getting this because you're a {co} user. Email preferences: {link}"""),
        ("Pumpkin season is here",
         """Hello lovely people,

The pumpkin loaves are back! From this Saturday you'll find them on the counter along with our new cinnamon knots and a cardamom bun that Jakob refuses to stop tweaking.

Pre-order for the weekend and skip the queue: {link}

Open 7:30 to 14:00, Tuesday to Sunday.

See you soon,
The {co} Bakery crew

(You signed up for our newsletter at the counter. Unsubscribe here: {link})"""),
        ("Novità di stagione e uno sconto per te",
         """Ciao {name},

è arrivata la nuova collezione primavera-estate! Per festeggiare, ti regaliamo uno sconto del 10% sul tuo prossimo acquisto.

Codice: PRIMAVERA10
Valido fino al {date}

[Scopri la collezione]

A presto,
{co}

Hai ricevuto questa email perché sei iscritto alla nostra newsletter. Per annullare l'iscrizione clicca qui: {link}"""),
        ("Free shipping. This weekend only.",
         """Free shipping on everything. No minimum.

Stock up on the essentials you love, from {product} to everyday basics.

Ends Sunday at midnight.

[ SHOP NOW ]

{co}
Unsubscribe | View in browser"""),
        ("You left something in your cart",
         """Hi {name},

Still thinking it over? Your {product} is waiting in your cart.

Good news: it's still in stock, but popular items don't stay around for long.

[ Return to cart ]

Need help choosing? Our team is happy to answer any questions.

{co}
Don't want these reminders? Unsubscribe: {link}"""),
        ("Mis je niet: 25% korting op alle planten",
         """Hoi {name},

De lente is begonnen en daarom krijg je deze week 25% korting op alle kamerplanten en potten.

Onze favorieten:
- Monstera (groot): nu vanaf 29,95
- Hangplant-set van 3
- Keramische potten in 6 kleuren

[Bekijk het aanbod]

Actie geldig t/m {date}.

Afmelden voor deze nieuwsbrief: {link}
{co} B.V."""),
        ("Season 7 is live: new map, new heroes",
         """{co} Games

SEASON 7: FROSTFALL

A brand-new frozen map. Two new heroes. A battle pass packed with 100 tiers of rewards.

Get the Premium Pass this week and receive 20 tiers instantly, plus the exclusive Glacier Wolf skin.

[ PLAY NOW ]

Offer ends {date}.

You are receiving this email because you have a {co} account and opted in to news and offers. Unsubscribe: {link}"""),
        ("Alumni Weekend is coming: join us!",
         """Dear {name},

Save the date for Alumni Weekend at {co} University, {date}.

  - Campus tours and open labs
  - Class reunions and a Saturday evening gala
  - Talks from faculty and fellow graduates

Registration is now open, with discounted rates for recent graduates.

[ Register ]

If you'd like to support the next generation of students, you can also make a gift to the Annual Fund: {link}

Office of Alumni Relations
To stop receiving these emails, update your preferences here: {link}"""),
        ("Tylko do niedzieli: -20% na wszystko",
         """Cześć {name}!

Tylko do niedzieli kupisz wszystkie produkty w sklepie {co} 20% taniej.

Wystarczy wpisać kod WIOSNA20 w koszyku.

[Przejdź do sklepu]

Promocja ważna do {date} lub do wyczerpania zapasów.

Nie chcesz otrzymywać naszych wiadomości? Wypisz się: {link}"""),
        ("Give 20, get 20",
         """Hi {name},

Love {co}? Share it with your friends.

When a friend signs up with your link, they'll get 20 off their first box, and you'll get 20 in credit once their order ships.

Your personal link: {link}

There's no limit, so invite as many friends as you like.

Terms apply. You're receiving this because you're a {co} subscriber. Unsubscribe"""),
        ("a personal note from our founder",
         """Hi {name},

I'm Daniel Reyes, the founder of {co}. I don't write to everyone very often, but I wanted to tell you personally about something we've been working on for a year.

When I started {co} in my garage, the idea was simple: tools that last a lifetime. This week we're launching our first product made entirely from recycled steel, and I'm proud of it.

As one of our early customers, you get first access before anyone else: {link}

Thank you for being part of this.

Daniel
Founder, {co}

Unsubscribe from founder updates: {link}"""),
        ("Rea! Upp till 50% på vinterjackor",
         """Hej {name}!

Nu är det rea på {co}. Upp till 50 % på vinterjackor, mössor och vantar.

[Handla nu]

Erbjudandet gäller t.o.m. {date} eller så långt lagret räcker.

Du får det här mejlet eftersom du prenumererar på vårt nyhetsbrev. Avsluta prenumerationen: {link}"""),
        ("Black Friday early access starts now",
         """{name}, you're on the list.

As a {co} member you get early access to our Black Friday deals, 24 hours before everyone else.

  Up to 60% off tech and gadgets
  Extra 10% off with code {code}
  Free next-day delivery

[ Shop early access ]

Deals end {date}. While stocks last.

Email preferences | Unsubscribe: {link}"""),
        ("Your free guide: 10 habits of calm managers",
         """Hi {name},

Thanks for your interest! Here's your free copy of "10 Habits of Calm Managers": {link}

Over the next few days, I'll send you a few short lessons from the guide, plus a special offer on our full course, The Steady Leader, which has helped over 4,000 managers run better teams.

Talk soon,
Carla {last}
{co} Academy

P.S. Don't want the lessons? Unsubscribe with one click: {link}"""),
        ("Promoção relâmpago: só hoje!",
         """Olá {name},

Só hoje: até 40% de desconto em eletrônicos e acessórios.

Destaques:
- Fones sem fio a partir de R$ 99
- {product} com 25% off
- Frete grátis acima de R$ 150

[Aproveitar agora]

Oferta válida até às 23h59 de hoje.

Para não receber mais nossos e-mails, clique aqui: {link}"""),
        ("Upgrade to annual and save 30%",
         """Hi {name},

You've been using {co} Premium monthly for a while now. Did you know you could save 30% by switching to an annual plan?

For a limited time, switch to annual and we'll add an extra month for free.

[ Switch to annual ]

Offer ends {date}. Your current plan won't change unless you choose to switch.

You are receiving this email because you have a {co} account. Manage your email preferences: {link}"""),
        ("New autumn menu at {co}",
         """Hi {name},

Our autumn menu has arrived! Chef has been busy with seasonal favourites:

  - Roasted squash soup with sage butter
  - Slow-cooked beef cheeks, celeriac purée
  - Apple and blackberry crumble

Book a table this month and enjoy a complimentary glass of house wine with your main course.

[ Book now ]

We hope to welcome you soon.

{co} Restaurant & Bar
Unsubscribe: {link}"""),
        ("Neu: der {co} Smart Thermostat 2",
         """Hallo {name},

darf ich vorstellen: der neue {co} Smart Thermostat 2.

- Bis zu 20 % weniger Heizkosten
- Lernt Ihre Gewohnheiten automatisch
- Steuerung per App und Sprachassistent

Für kurze Zeit zum Einführungspreis. Jetzt vorbestellen und die kostenlose Installation sichern.

[Jetzt vorbestellen]

Sie möchten keine Produktneuheiten mehr erhalten? Hier abmelden: {link}"""),
        ("You're pre-approved for the {co} Rewards Card",
         """{name}, good news:

You're pre-approved for the {co} Rewards Visa Card.

  * 0% intro APR for 15 months
  * 2% cash back on every purchase
  * No annual fee

Apply online in minutes with your personal offer code: {code}

[ Accept your offer ]

Pre-approval is not a guarantee of credit. Offer expires {date}. To opt out of prescreened offers, visit {link}."""),
        ("Picked for you, {name}",
         """Because you bought {product}, we think you'll love these:

  * Matching desk organiser - 24.99
  * Cable management tray - 19.99
  * Ergonomic footrest - 39.99

[ See all recommendations ]

{co}
You're receiving personalised recommendations based on your purchases. Change your preferences: {link}"""),
        ("September at the studio",
         """Hello {name},

September at {co} Yoga brings a few exciting changes:

New classes:
  - Slow Flow on Wednesday evenings
  - Yoga for Runners on Saturday mornings

Bring-a-friend week: {date} to the following Sunday, your friend practises for free.

New-member offer: 30 days unlimited for 39.

Namaste,
Lotte and the {co} team

You're getting this because you're part of our studio community. Unsubscribe: {link}"""),
        ("Invitation au webinaire : maîtriser vos finances",
         """Bonjour {name},

Nous avons le plaisir de vous inviter à notre webinaire gratuit :

« Indépendants : 5 clés pour maîtriser votre trésorerie »
Le {date} à 12h30 (45 minutes)

Au programme : prévisionnel, relances clients et outils pratiques.

[Je m'inscris]

Places limitées.

{co}
Vous recevez cet e-mail car vous êtes inscrit à notre lettre d'information. Se désabonner : {link}"""),
        ("Price drop on an item you viewed",
         """Good news, {name}!

The {product} you looked at is now on sale.

  Was: 349.00
  Now: 279.00

Prices like this don't last. Get it before it's gone.

[ Buy now ]

{co}
You're receiving this email because you opted in to price alerts and offers. Unsubscribe: {link}"""),
        ("Issue #41: on slowness, bread, and a small announcement",
         """Hi friends,

This week I've been thinking about slowness. About how the best loaf I ever made took three days, and how I spent most of them doing nothing at all.

(More on that below, plus the recipe.)

But first, a small announcement: starting next month, paid subscribers will get a monthly live bake-along and the full recipe archive. If these letters have been useful to you, I'd be so grateful if you considered upgrading: {link}

Free subscribers will still get every essay, always.

Now, about that bread...

Anna {last}
{co} Letters

Unsubscribe | Manage subscription"""),
        ("Te invitamos a nuestro evento de lanzamiento",
         """Hola {name}:

Te invitamos a la presentación de la nueva colección de {co} el próximo {date} a las 19:00 en nuestra tienda del centro.

Habrá música en directo, aperitivos y un 15 % de descuento exclusivo para los asistentes.

Plazas limitadas. Confirma tu asistencia aquí: {link}

¡Te esperamos!

El equipo de {co}
Darse de baja"""),
        ("Your next getaway is waiting",
         """Hi {name},

Spring is the perfect time for a break. As a {co} Hotels member, you can save up to 25% on stays booked by {date}.

  City breaks with breakfast included
  Spa weekends from 89 per night
  Kids stay free at selected resorts

[ Explore offers ]

Member prices are only available when you're signed in.

{co} Hotels | Unsubscribe: {link}"""),
        ("Last chance: sale ends tonight",
         """Final hours!

Our biggest sale of the season ends at midnight. Don't miss up to 50% off.

[ Shop the sale ]

{co}
Unsubscribe | Privacy"""),
        ("{co}ニュースレター 春号",
         """{name}様

いつも{co}をご愛顧いただきありがとうございます。
春号のニュースレターをお届けします。

■ 新商品のご紹介
■ スタッフおすすめの春のコーディネート
■ 会員様限定クーポン（{date}まで）

詳しくはこちら：{link}

配信停止はこちらから：{link}"""),
        ("You're invited: try {co} AI before anyone else",
         """Hi {name},

We're opening early access to {co} AI, our new writing assistant, to a small group of our most active users. You're one of them.

With {co} AI you can draft, summarise and rewrite directly in your documents.

Early-access users get 3 months of {co} AI free when it launches.

[ Join the early access program ]

Spots are limited and will be given out in order of sign-up.

The {co} team
You're receiving this because you're subscribed to product news. Unsubscribe: {link}"""),
        ("Buon compleanno, {name}! Un regalo per te",
         """Ciao {name},

tanti auguri da tutto il team di {co}!

Per festeggiare, ecco un buono sconto di 15 euro da usare sul tuo prossimo ordine:

{code}

Valido fino al {date}, con una spesa minima di 50 euro.

[Usa il tuo regalo]

Non vuoi più ricevere le nostre email? Annulla l'iscrizione: {link}"""),
        ("Happy 1 year with {co}!",
         """Hi {name},

It's been a whole year since you joined {co}! Thank you for being with us.

In that time you've:
  * saved 38 recipes
  * cooked 52 meals from the app
  * tried 11 new cuisines

To celebrate, here's a gift: 2 months of {co} Plus for free.

[ Claim my gift ]

Here's to another delicious year!

The {co} team
Manage notifications | Unsubscribe: {link}"""),
        ("Save energy this winter, and get a free smart plug",
         """Hi {name},

Winter's coming, and we want to help you keep your bills down.

Join the {co} Energy Saver programme today and:
  - get a free smart plug to track your usage
  - earn rewards for using less power at peak times
  - see personalised saving tips in your app

It's free to join and takes two minutes.

[ Join Energy Saver ]

{co} Energy. You're receiving this because you're a {co} customer and agreed to receive offers. Opt out: {link}"""),
    ],
    "auto_reply": [
        ("Out of Office: {subject}",
         """Hi,

I'm out of the office until {date} with limited access to email. I'll reply when I'm back.

Thanks,
{name}"""),
        ("Automatic reply: {subject}",
         """Thank you for your message.

I am on annual leave from now until {date} and will not be checking email.

For anything urgent regarding accounts payable, please contact my colleague Rania Haddad in the finance team, or call the main office.

Your email will not be forwarded.

Kind regards,
{name} {last}
Finance Team, {co}"""),
        ("Abwesenheitsnotiz: {subject}",
         """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich {date} nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Schuster unter der Telefonnummer der Zentrale.

Mit freundlichen Grüßen
{name} {last}"""),
        ("Parental leave",
         """Hello,

I'm currently on parental leave and will be back in the office in the spring. I won't be reading email during this time.

For anything related to the {repo} project, please contact Marcus Lind. For everything else, the team inbox is monitored daily.

Thanks for understanding!
{name}"""),
        ("This mailbox is no longer monitored",
         """Thank you for your email.

Please note that this mailbox is no longer monitored and your message has not been read.

To contact {co}, please use the contact form on our website: {link}

This is an automated response."""),
        ("We've received your message",
         """Hi there,

Thanks for getting in touch with {co}! This is just a quick note to let you know we've received your email.

We're a small team and aim to reply to every message within 2 working days. If your question is about an existing order, please make sure you've included your order number.

Talk soon,
The {co} team

(This is an automatic reply.)"""),
        ("Réponse automatique : {subject}",
         """Bonjour,

Je suis absente du bureau jusqu'au {date} inclus, avec un accès limité à ma messagerie.

Pour toute demande urgente, vous pouvez contacter le secrétariat au standard.

Cordialement,
{name} {last}"""),
        ("My email address has changed",
         """Hello,

Thank you for your message. Please note that I have left {co} and this address will be deactivated soon.

You can reach me personally at {name}.{last}@mailbox.example.

For matters related to {co}, please use the general contact form on the website.

Best wishes,
{name}"""),
        ("Re: {subject}",
         """I'm at a conference this week with very limited access to email. I'll catch up on messages when I'm back on {date}.

If it's urgent, please text me.

{name}"""),
        ("Respuesta automática: {subject}",
         """Hola,

Gracias por tu mensaje. Estoy fuera de la oficina hasta el {date} y no tendré acceso al correo electrónico.

Para asuntos urgentes, puedes escribir a mi compañera Laura Gil.

Un saludo,
{name} {last}"""),
        ("Automatic reply: {subject}",
         """I'm out today and will respond tomorrow."""),
        ("On sabbatical",
         """Hi,

I'm on sabbatical until the end of the year, travelling and mostly offline. I won't be reading this inbox until I'm back, and messages won't be forwarded.

If you need someone at {co}, the shared team inbox reaches everyone.

If it's personal, I'll get back to you in the new year. Promise.

{name}"""),
        ("【自動返信】{subject}",
         """お問い合わせいただきありがとうございます。

申し訳ございませんが、{date}まで不在にしております。
戻り次第、順次ご返信いたします。

お急ぎの場合は、会社代表番号までご連絡ください。

{last}"""),
        ("Unattended mailbox",
         """This is an automated message from {co} School District.

This email address is used for sending messages only and is not monitored. Replies to this address are not read.

For questions, please contact your child's school office directly during office hours."""),
        ("Thanks for reaching out!",
         """Hi,

Thanks for contacting the {co} sales team! Your message has landed safely in our inbox.

One of our account executives will get back to you within one business day. In the meantime, you might find answers in our pricing FAQ: {link}

Best,
{co} Sales

This is an automated response to confirm we've received your email."""),
        ("Risposta automatica: {subject}",
         """Buongiorno,

sarò fuori sede fino al {date} con accesso limitato alla posta elettronica. Risponderò al mio rientro.

Per urgenze può contattare l'ufficio al numero principale.

Cordiali saluti,
{name} {last}"""),
        ("Out of office",
         """Hello,

I am currently on medical leave and not checking email. I expect to be back in a few weeks.

In the meantime, please direct any questions about the {repo} team to our engineering manager, Yusuf Demir.

Thank you,
{name} {last}"""),
        ("Office closed for the holidays",
         """Thank you for your email.

Our office is closed for the holidays and will reopen on {date}. During this time, emails will not be answered.

We will respond to your message as soon as possible after we reopen.

Wishing you a happy holiday season,
{co} Accounting & Tax"""),
        ("Automatisch antwoord: {subject}",
         """Beste afzender,

Bedankt voor je bericht. Ik ben afwezig tot en met {date} en lees in die periode geen e-mail.

Voor dringende zaken kun je contact opnemen met het algemene nummer van {co}.

Met vriendelijke groet,
{name} {last}"""),
        ("Auto-reply: {subject}",
         """Thank you for your email.

Due to the high volume of messages I receive, I cannot reply to every email individually. Please check the course syllabus and the discussion forum first, as most questions about deadlines and grading are answered there.

If your question is about an extension for medical reasons, please contact the Student Office.

Office hours: Tuesdays 14:00-16:00, room B214.

Dr. {name} {last}
Department of History, {co} University"""),
        ("Re: {subject}",
         """Thanks for your note. I'm on deadline this week and checking email only sporadically. If this is a pitch, I'll look at it next week. If it's time-sensitive, please mark the subject URGENT.

{name} {last}
Reporter, {co} Daily"""),
        ("Odpowiedź automatyczna: {subject}",
         """Dzień dobry,

dziękuję za wiadomość. Do {date} przebywam na urlopie bez dostępu do poczty.

W pilnych sprawach proszę o kontakt z sekretariatem.

Z poważaniem,
{name} {last}"""),
        ("Out of office until {date}",
         """Out of office until {date}."""),
        ("We received your application",
         """Dear applicant,

Thank you for your application to {co}. This message confirms that we have received it.

Our recruitment team reviews every application carefully. If your profile matches the role, we will contact you within three weeks. Because of the number of applications, we may not be able to reply to each one individually.

Please do not reply to this email.

Kind regards,
{co} Talent Acquisition"""),
        ("Frånvaro: {subject}",
         """Hej,

Tack för ditt mejl. Jag är på semester till och med {date} och läser inte min e-post.

Vid brådskande ärenden, kontakta växeln.

Hälsningar
{name} {last}"""),
        ("Address no longer in use",
         """This is an automatic reply.

{name} {last} retired from {co} and this email address is no longer in use. Messages sent here are not forwarded.

For enquiries, please write to the department office."""),
        ("Thank you for contacting the {co} press office",
         """Thank you for contacting the {co} press office.

This is an automated reply to confirm that we have received your email. A member of the communications team will respond as soon as possible, usually within one working day.

For urgent media enquiries outside office hours, please call the press line.

Please note that this inbox is for journalists only. Customer enquiries sent here will not receive a reply."""),
        ("Resposta automática: {subject}",
         """Olá,

Obrigado pela sua mensagem. Estou de férias até {date} e não terei acesso ao e-mail.

Para assuntos urgentes, por favor entre em contato com a recepção.

Atenciosamente,
{name} {last}"""),
        ("Out of office / Absent du bureau",
         """I am out of the office until {date}. I will respond to your message upon my return.

Je suis absent(e) du bureau jusqu'au {date}. Je répondrai à votre message à mon retour.

{name} {last}"""),
        ("Re: {subject}",
         """Hi there,

To focus on deep work, I check email twice a day, at 11:00 and 16:00. I'll reply to your message then.

If you need something faster than that, ping me on chat.

Thanks for your patience!
{name}"""),
        ("Neue E-Mail-Adresse",
         """Guten Tag,

bitte beachten Sie, dass sich meine E-Mail-Adresse geändert hat. Diese Adresse wird in Kürze abgeschaltet.

Bitte senden Sie Ihre Nachrichten künftig an {name}.{last}@neuepost.example und aktualisieren Sie Ihr Adressbuch.

Ihre Nachricht wurde nicht weitergeleitet.

Freundliche Grüße
{name} {last}"""),
        ("Thanks for your email!",
         """Hi,

Thanks for writing to {co} Animal Rescue! All of our team are volunteers, so it can take us up to a week to reply.

If you're reporting an animal in danger, please call the emergency line instead of emailing.

If you're asking about adoption, you can find our current animals and the application form here: {link}

Paws and thanks,
{co} Animal Rescue (automatic reply)"""),
        ("Automatic reply: {subject}",
         """I'm out of the office until {date}.

For production issues with {host} or any other service, do not wait for me: page the on-call engineer through the incident tool.

For everything else, I'll get back to you when I return.

{name}"""),
        ("Accusé de réception",
         """Madame, Monsieur,

Nous accusons réception de votre message. Il sera traité dans les meilleurs délais.

Merci de ne pas répondre à ce courriel, qui a été envoyé automatiquement.

Mairie de {co}
Service Accueil"""),
        ("Automated acknowledgement",
         """This is an automated acknowledgement.

Your email to the {co} Planning Department has been received. We aim to respond to general enquiries within 15 working days.

If your enquiry relates to a live planning application, please quote the application reference in any further correspondence.

Please do not reply to this message."""),
        ("Re: {subject}",
         """Hi,

Thanks for your email. I'm on vacation and away from my inbox until {date}. I'll get back to you when I'm back.

Cheers,
{name}"""),
        ("Acuse de recibo automático",
         """Estimado/a cliente:

Hemos recibido su mensaje correctamente. Le responderemos en un plazo máximo de 48 horas laborables.

Este es un mensaje automático, por favor no responda a esta dirección.

Atentamente,
{co}"""),
        ("We've moved to a new domain",
         """Hello,

This is an automatic notice: {co} has moved to a new email domain. Addresses ending in the old domain will stop working at the end of the month.

Your message has been delivered, but please update your address book. The new address for this person uses the same name at {co}.test.

Thank you."""),
        ("Re: {subject}",
         """Hello, I'm travelling through remote areas until {date} with only occasional connectivity. Replies will be slow. If urgent, call my mobile. -{name}"""),
        ("【自動返信】お問い合わせを受け付けました",
         """このメールは自動送信されています。

この度は{co}へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

担当者より2営業日以内にご連絡いたします。
今しばらくお待ちくださいますようお願い申し上げます。

※本メールへの返信はできません。"""),
        ("Out sick: {subject}",
         """I'm out sick today and not checking email. I'll respond when I'm back. For anything urgent, please contact my team lead.

{name}"""),
        ("Risposta automatica",
         """Grazie per averci scritto!

Abbiamo ricevuto il tuo messaggio e ti risponderemo entro 2 giorni lavorativi. Nei weekend e nei giorni festivi i tempi potrebbero allungarsi.

Lo staff di {co}

(Messaggio generato automaticamente)"""),
        ("Away from the shop",
         """Hi!

Thanks for your message. I'm away from the shop until {date} and won't be checking email much. Orders placed now will ship as soon as I'm back.

If your question is about an order that's already on its way, the tracking link in your shipping email should have the latest info.

Thanks for your patience!
{name} at {co}"""),
        ("Abwesend: Elternzeit",
         """Hallo,

ich bin derzeit in Elternzeit und lese meine E-Mails nicht. Ihre Nachricht wird nicht weitergeleitet.

Bitte wenden Sie sich an meine Vertretung, Herrn Kaya, oder an das Teampostfach.

Viele Grüße
{name} {last}"""),
        ("Automatic reply: {subject}",
         """Thank you for your email. I'm out of the office until {date}.

While I'm away, Sofia Marchetti is covering my clients and projects. She has access to my files and will be happy to help.

I'll reply to your message when I'm back if it still needs my attention.

Best regards,
{name} {last}
Account Manager, {co}"""),
        ("Your message has been received",
         """Thank you for your message to {co} Lettings.

This automatic reply confirms that we have received your email. Our office hours are Monday to Friday, 9:00 to 17:30, and we aim to respond within 2 working days.

For emergency repairs (gas leak, flooding, no heating), please call the out-of-hours line instead of emailing.

{co} Lettings"""),
    ],
}
