"""Category templates by a third, independent writer.

Same shape as ``synth.TEMPLATES`` and ``synth_more.TEMPLATES``: each of the nine labels maps to a
list of ``(subject, body)`` pairs, ``str.format`` strings filled by ``synth._fill`` with the keys
{name} {last} {co} {code} {order} {amount} {product} {mins} {ticket} {date} {track} {host} {repo}
{link} (and {subject}, the subject being answered, in auto replies). Literal braces are doubled.

Written fresh, without reading the other writers' templates, to break the phrasing the model
learned from two writers. The lists deliberately include the hard boundary cases (sign-in alerts
that ask for a code vs. ones that do not, receipts with promotional footers, warm support replies,
personal mail that mentions orders or tickets, promotions dressed as notifications, scams dressed
as verification or billing mail). About a quarter to a third of each list is in another language
(German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Japanese, Chinese,
Turkish), interleaved so that the every-4th held-out rule of ``synth.split_of_template`` sees
every sub-kind and several languages. Every person, company, address and host is invented;
domains end in .example or .test.
"""

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "verification": [
        ("{code} is your {co} sign-in code",
         ("{code}\n\nEnter this code in the {co} app to finish signing in. It expires in {mins} minutes.\n\n"
          "Didn't ask for it? Someone may have typed your address by mistake. You can ignore this email.")),
        ("New sign-in to {co}: confirm it was you",
         ("Hi {name},\n\nSomeone just tried to sign in to your {co} account from a device we haven't seen before:\n\n"
          "  Device:   desktop browser\n  Location: near Valdoria (approximate)\n  Time:     {date}, 21:47\n\n"
          "If this was you, confirm the sign-in by entering this code on the screen that is waiting for you:\n\n"
          "  {code}\n\nThe code is valid for {mins} minutes. If it wasn't you, don't enter the code. The sign-in "
          "stays blocked, and we recommend changing your password at {link}/security.\n\n{co} Account Protection")),
        ("Passwort zurücksetzen – {co}",
         ("Hallo {name},\n\nwir haben eine Anfrage erhalten, das Passwort für dein {co}-Konto zurückzusetzen. "
          "Klicke auf den folgenden Link, um ein neues Passwort festzulegen:\n\n{link}/passwort-neu?t={code}\n\n"
          "Der Link ist {mins} Minuten lang gültig und kann nur einmal verwendet werden. Wenn du keine "
          "Zurücksetzung angefordert hast, ignoriere diese Nachricht einfach – dein Passwort bleibt unverändert.\n\n"
          "Viele Grüße\nDein {co}-Team")),
        ("Your magic link for {co}",
         ("Click to log in:\n{link}/m/{code}\n\nThis link signs you in as {name}.{last}@mail.example and works once, "
          "for the next {mins} minutes. Opened it on the wrong device? Request a new one from the login page.")),
        ("Please confirm your email address",
         ("Welcome to {co}, {name}!\n\nYou're almost done setting up your account. Before you can post, message other "
          "members or receive payouts, we need to confirm that this email address belongs to you.\n\n"
          "    [ Confirm my email ]  {link}/confirm?u={code}\n\n"
          "If the button doesn't work, copy the address above into your browser.\n\n"
          "Why are we asking? Confirming your address lets us reach you about security events and helps keep fake "
          "accounts off {co}.\n\nYou're receiving this one-time email because this address was used to create a {co} "
          "account. If that wasn't you, no account will be activated and you won't hear from us again.\n\n"
          "{co} Inc. · 40 Quarry Lane · Brookhaven\nHelp: {link}/help")),
        ("Code de sécurité {co} Banque",
         ("Bonjour {name} {last},\n\nPour valider votre connexion à votre espace client, saisissez le code suivant :\n\n"
          "{code}\n\nCe code est valable {mins} minutes. Nos conseillers ne vous demanderont jamais ce code, ni par "
          "téléphone ni par e-mail.\n\nSi vous n'êtes pas à l'origine de cette demande, contactez immédiatement votre "
          "agence.\n\n{co} Banque – Service Sécurité\nCe message est généré automatiquement, merci de ne pas y répondre.")),
        ("Two-step verification",
         ("Your {co} two-step verification code is {code}.\n"
          "Don't share this code with anyone. We will never ask for it by phone or chat.")),
        ("Confirm your new phone number",
         ("Hi {name},\n\nYou asked to change the phone number on your {co} account. To make sure it's really you, enter "
          "the code below in the app:\n\n{code}\n\nUntil you confirm, login alerts keep going to your old number. This "
          "request expires in {mins} minutes.\n\nThanks,\n{co} Support\n(This mailbox is not monitored.)")),
        ("Authorize the {co} CLI",
         ("A command-line session is requesting access to your {co} account.\n\nDevice code: {code}\n\n"
          "Open {link}/device and enter the code to approve. Only approve if you just ran the login command yourself "
          "on {host}. The request expires in {mins} minutes.\n\nIf you didn't start this, close this email and the "
          "request will lapse.")),
        ("Verify it's you",
         "Hi {name}, enter {code} to verify it's you. The code expires in {mins} minutes."),
        ("【{co}】ログイン認証コードのお知らせ",
         ("{name} 様\n\n{co}をご利用いただきありがとうございます。\nログインのための認証コードは以下のとおりです。\n\n"
          "認証コード：{code}\n\n有効期限は{mins}分です。お心当たりのない場合は、このメールを破棄してください。\n\n"
          "※本メールは送信専用アドレスから配信されています。ご返信いただいてもお答えできませんのでご了承ください。\n\n"
          "{co} カスタマーセンター")),
        ("Password reset request for {name}",
         ("Hello {name},\n\nA password reset was requested for the {co} account linked to this email address on {date}.\n\n"
          "To choose a new password, use this link within the next {mins} minutes:\n{link}/reset/{code}\n\n"
          "A few tips while you're at it:\n - Use at least 12 characters.\n - Don't reuse a password from another site.\n"
          " - Consider a password manager.\n\nIf you didn't request a reset, you can safely ignore this email. Your current "
          "password keeps working and nobody can change it without access to this inbox.\n\nStay safe,\n"
          "The {co} Security Team")),
        ("Action required: verify your email to keep using {co}",
         ("Hi {name},\n\nWe still haven't been able to verify the email address on your {co} account. Until it is "
          "verified we can't send you password resets or security alerts.\n\nVerify now: {link}/verify-email?k={code}\n\n"
          "It takes one click. The link expires in 7 days, after which you can request a new one from "
          "Settings > Account.")),
        ("Il tuo link di accesso a {co}",
         ("Ciao {name},\n\nhai chiesto di accedere a {co} senza password. Tocca il link qui sotto dallo stesso "
          "dispositivo:\n\n{link}/accedi?token={code}\n\nIl link scade tra {mins} minuti e può essere usato una sola "
          "volta. Se non sei stato tu, ignora pure questa email.\n\nA presto,\nil team di {co}")),
        ("Your account is temporarily locked",
         ("Hi {name},\n\nWe locked your {co} account after several unsuccessful sign-in attempts. To unlock it, confirm "
          "your identity with this one-time code:\n\n{code}\n\nEnter it at {link}/unlock within {mins} minutes. If those "
          "attempts weren't yours, choose a new password after unlocking.\n\n{co} Account Services")),
        ("{co} Arcade: login code for {name}",
         ("Here is the login code you need to sign in to {co} Arcade from a new computer:\n\n{code}\n\n"
          "If you are not trying to log in, someone else may know your password. Change it and turn on the "
          "authenticator.\n\nHave fun out there,\nthe {co} Arcade team\n\n"
          "This email was sent to the address tied to your {co} Arcade account.")),
        ("One-time security code – {co} Tax Online",
         ("Dear taxpayer,\n\nYour one-time security code for {co} Tax Online is: {code}\n\nThe code is valid for {mins} "
          "minutes. Do not disclose this code to anyone, including persons claiming to be tax officials.\n\n"
          "This is an automated message from the {co} Revenue Office. Do not reply to this email.")),
        ("Confirm your new email address",
         ("Hi {name},\n\nYou (or someone with access to your account) changed the login email on {co} to this address. "
          "Confirm it by clicking:\n\n{link}/email/confirm/{code}\n\nUntil you do, you'll keep signing in with your "
          "previous address. We've also sent a heads-up to the old address.")),
        ("Resetowanie hasła do konta {co}",
         ("Dzień dobry,\n\notrzymaliśmy prośbę o zresetowanie hasła do Twojego konta w serwisie {co}. Aby ustawić nowe "
          "hasło, kliknij w poniższy link:\n\n{link}/reset-hasla?kod={code}\n\nLink jest ważny przez {mins} minut. Jeśli "
          "to nie Ty wysłałeś prośbę, zignoruj tę wiadomość – Twoje hasło pozostanie bez zmian.\n\n"
          "Pozdrawiamy,\nZespół {co}")),
        ("Verify your identity to view your documents",
         ("Hello {name},\n\nTo protect your health information, the {co} Patient Portal needs to confirm your identity "
          "before showing new documents.\n\nYour verification code: {code}\n\nEnter it on the portal within {mins} "
          "minutes. Staff at {co} Clinic will never ask you for this code.\n\nThis email does not contain medical "
          "information. Please don't reply; this mailbox isn't monitored.")),
        ("Verify your student email",
         ("Hi {name},\n\nTo unlock the student plan on {co}, we need to confirm you're enrolled. Click the link below "
          "from your university mailbox:\n\n{link}/students/verify?c={code}\n\nThe link expires in 48 hours. Your plan "
          "won't change until you verify.\n\nCheers,\n{co} Education")),
        ("【{co}】验证码",
         ("您好！\n\n您的验证码为：{code}，{mins}分钟内有效。请勿将验证码告知他人。\n\n如非本人操作，请忽略本邮件。\n\n"
          "{co} 团队\n（系统邮件，请勿回复）")),
        ("Confirm your email to join the {co} workspace",
         ("{name} {last} invited you to the {co} workspace on Teamloom.\n\nBefore you can join, confirm your email "
          "with this code:\n\n{code}\n\nPaste it into the sign-up window. It expires in {mins} minutes.\n\n"
          "Teamloom · {link}")),
        ("Approve your card payment of {amount} EUR",
         ("Hello {name},\n\nTo complete your card payment of {amount} EUR to {co}, enter this confirmation code on the "
          "checkout page:\n\n{code}\n\nThe code is valid for {mins} minutes. If you are not making this purchase, do not "
          "enter the code and call the number on the back of your card.\n\nCard security service")),
        ("Your login link",
         "{link}/login/{code}\n(valid for {mins} min, single use)"),
        ("{co} doğrulama kodunuz",
         ("Merhaba {name},\n\nHesabınıza giriş yapmak için doğrulama kodunuz: {code}\n\nBu kod {mins} dakika boyunca "
          "geçerlidir. Kodu kimseyle paylaşmayın.\n\nBu işlemi siz yapmadıysanız, lütfen şifrenizi hemen değiştirin.\n\n"
          "{co} Güvenlik Ekibi")),
        ("Is this you signing in?",
         ("Hi {name},\n\nWe need to check a sign-in before letting it through.\n\n  When:  {date}, 07:12 local time\n"
          "  Where: Port Aldine (approximate)\n  App:   {co} for desktop\n\n"
          "Yes, it's me      -> {link}/approve?r={code}\nNo, secure account -> {link}/deny?r={code}\n\n"
          "The sign-in will wait for {mins} minutes and is then rejected automatically.")),
        ("Confirm the SIM change on your {co} Mobile account",
         ("Dear {name},\n\nA request was made to move your number to a new SIM card. For your protection, we won't "
          "process it until you confirm with the PIN below:\n\nPIN: {code}\n\nIf you didn't ask for a new SIM, do not "
          "share this PIN and contact us from My Account straight away.\n\n{co} Mobile")),
        ("Bekräfta din e-postadress",
         ("Hej {name}!\n\nTack för att du skapade ett konto hos {co}. Bekräfta din e-postadress genom att klicka på "
          "länken nedan:\n\n{link}/bekrafta?id={code}\n\nLänken är giltig i 24 timmar. Om du inte har skapat något konto "
          "kan du bortse från det här mejlet.\n\nHälsningar,\n{co}")),
        ("Reset password",
         "Hi {name}, here's your password reset code: {code}. It's good for {mins} minutes."),
        ("Nuevo inicio de sesión: confirma que eres tú",
         ("Hola {name}:\n\nHemos detectado un intento de inicio de sesión en tu cuenta de {co} desde un dispositivo "
          "nuevo.\n\nSi fuiste tú, introduce este código para continuar:\n\n{code}\n\nEl código caduca en {mins} minutos. "
          "Si no reconoces esta actividad, no compartas el código y cambia tu contraseña.\n\n"
          "El equipo de seguridad de {co}")),
        ("Verify your recovery email",
         ("{name}, you added this address as a recovery email for your {co} account.\n\nVerification code: {code}\n\n"
          "We'll use this address only to help you get back into your account. If you didn't add it, ignore this "
          "message and the address will be removed automatically.")),
        ("Complete your {co} Energy online account registration",
         ("Dear {name} {last},\n\nThank you for registering for online account management with {co} Energy.\n\n"
          "To complete your registration, please verify your email address by following this link:\n"
          "{link}/register/verify?ref={code}\n\nThis link expires in 72 hours. Once verified, you'll be able to submit "
          "meter readings and view your bills online.\n\nIf you did not register, please disregard this email.\n\n"
          "{co} Energy Customer Accounts\nRegistered office: 9 Turbine Way, Hollowmere")),
        ("Your security code",
         ("Use security code {code} to confirm your {co} login. Valid for {mins} minutes. "
          "We'll never call or message you asking for this code.")),
        ("Confirm: turn off two-factor authentication?",
         ("Hi {name},\n\nSomeone asked to turn off two-factor authentication on your {co} account. Because this makes "
          "your account less secure, we need you to confirm it:\n\n{link}/2fa/disable/confirm?t={code}\n\n"
          "If you don't click within {mins} minutes, nothing changes. If this wasn't you, change your password now.")),
        ("Réinitialisation de votre mot de passe",
         ("Bonjour,\n\nVous avez demandé à réinitialiser le mot de passe de votre compte {co}. Cliquez sur le lien "
          "ci-dessous pour en choisir un nouveau :\n\n{link}/mdp/nouveau?jeton={code}\n\nPour des raisons de sécurité, "
          "ce lien expire dans {mins} minutes.\n\nVous n'avez rien demandé ? Ignorez simplement cet e-mail.\n\n"
          "L'équipe {co}")),
        ("Verify your seller account email",
         ("Hello {name},\n\nBefore we can list your first product ({product}) on {co} Market, please confirm your "
          "contact email.\n\nConfirmation code: {code}\n\nEnter it in Seller Hub > Settings > Contact. Listings stay "
          "hidden until your email is confirmed.\n\n{co} Market Seller Support")),
        ("Please confirm your subscription",
         ("Hi,\n\nYou (or someone using your address) asked to receive the {co} newsletter. We only add people who "
          "confirm, so please click below:\n\n{link}/subscribe/confirm?s={code}\n\nIf you didn't sign up, just ignore "
          "this email. You won't be subscribed and won't hear from us again.")),
        ("パスワード再設定のご案内",
         ("{name} 様\n\nパスワード再設定のリクエストを受け付けました。\n以下のURLから{mins}分以内に新しいパスワードを設定してください。\n\n"
          "{link}/reset?key={code}\n\nこのメールにお心当たりがない場合は、第三者がメールアドレスを誤って入力した可能性があります。"
          "その場合は何もする必要はありません。\n\n{co}")),
        ("Your {co} Airways login code",
         ("Hello {name},\n\nUse this code to log in to Manage My Trips:\n\n{code}\n\nIt expires in {mins} minutes. "
          "For your security, never share this code, not even with our staff.\n\n{co} Airways")),
        ("Login attempt blocked: enter code to continue",
         ("We blocked a sign-in to your {co} account because it came from an unfamiliar network.\n\n"
          "If it was you, type this code where you were signing in: {code}\n\n"
          "Not you? Nobody can get in without this code, but please change your password: {link}/password")),
        ("Verify it's you before updating your payout details",
         ("Hi {name},\n\nYou started changing the bank account where {co} sends your earnings. To continue, enter this "
          "verification code:\n\n{code}\n\nFor your security, payouts pause for 48 hours after a change. If you didn't "
          "start this, don't enter the code and contact support through the dashboard.")),
        ("{co} passcode",
         "Your {co} passcode is {code}"),
        ("重置您的{co}密码",
         ("{name}，您好：\n\n我们收到了重置您{co}账户密码的请求。请点击以下链接设置新密码：\n\n{link}/reset?token={code}\n\n"
          "该链接将在{mins}分钟后失效。如果这不是您本人的操作，请忽略此邮件，您的密码不会被更改。\n\n{co} 账户安全中心")),
        ("Confirm new personal access token",
         ("Hi {name},\n\nA new personal access token with write access to {repo} was requested for your {co} account "
          "from {host}.\n\nTo create it, enter this confirmation code: {code}\n\nThe request expires in {mins} minutes. "
          "If you didn't request a token, ignore this email and review your active sessions.")),
        ("Wachtwoord opnieuw instellen",
         ("Hoi {name},\n\nJe hebt gevraagd om je wachtwoord voor {co} opnieuw in te stellen. Gebruik de onderstaande "
          "link om een nieuw wachtwoord te kiezen:\n\n{link}/wachtwoord?code={code}\n\nDeze link is {mins} minuten "
          "geldig. Heb je dit niet aangevraagd? Dan kun je deze e-mail negeren.\n\nGroeten,\nTeam {co}")),
        ("Finish creating your account",
         ("Almost there, {name}! Enter {code} on the sign-up page to finish creating your {co} account.\n\n"
          "The code expires in {mins} minutes. If you close the page, you can request a fresh code.")),
        ("Confirme o seu e-mail",
         ("Olá {name},\n\nObrigado por se registar na {co}. Para ativar a sua conta, confirme o seu endereço de "
          "e-mail:\n\n{link}/confirmar?c={code}\n\nSe não criou esta conta, pode ignorar esta mensagem.\n\n"
          "Cumprimentos,\nEquipa {co}")),
        ("Activate your parent portal account",
         ("Dear {name} {last},\n\nAn account has been created for you on the {co} School parent portal. To activate "
          "it, use the activation code below when you first log in:\n\nActivation code: {code}\n\nThe code is valid "
          "until {date}. If you have not requested access, please contact the school office.\n\n"
          "{co} School Administration")),
        ("Şifre sıfırlama talebi",
         ("Merhaba {name},\n\n{co} hesabınız için bir şifre sıfırlama talebi aldık. Yeni şifrenizi belirlemek için "
          "aşağıdaki bağlantıya tıklayın:\n\n{link}/sifre-sifirla?t={code}\n\nBağlantı {mins} dakika geçerlidir. Bu "
          "talebi siz yapmadıysanız bu e-postayı dikkate almayın.\n\nSaygılarımızla,\n{co}")),
        ("Reset your app PIN",
         ("Hi {name},\n\nYou asked to reset the PIN you use to open the {co} banking app. Enter this one-time code in "
          "the app to set a new PIN:\n\n{code}\n\nThe code works for {mins} minutes. We'll never ask for your PIN or "
          "this code by email, phone or message.\n\n{co} Bank")),
        ("Codice di verifica {co}",
         ("Il tuo codice di verifica è {code}.\nScade tra {mins} minuti. Non condividerlo con nessuno: "
          "{co} non ti chiederà mai questo codice.")),
        ("Your {co} verification code",
         ("Hello,\n\nYou're signing in to the {co} customer portal. Your verification code is:\n\n    {code}\n\n"
          "It expires in {mins} minutes and can only be used once.\n\nThis email was sent automatically because a sign-in "
          "was started on {date}. If that wasn't you, your password may be known to someone else; change it at "
          "{link}/password.\n\nHelp: {link}/help\n{co} Ltd · Registered in Elmsbrook · Company no. 0000000\n"
          "You can't unsubscribe from security emails.")),
        ("Confirm your email to receive your itinerary",
         ("Hi {name},\n\nThanks for booking with {co} Travel. Before we send your itinerary and tickets, please confirm "
          "this is your email address:\n\n{link}/verify?b={code}\n\nUnconfirmed addresses can't receive travel documents. "
          "The link is valid for 24 hours.")),
        ("Sign in to {co} on your TV",
         ("To finish signing in on your TV, enter this code on the screen:\n\n{code}\n\nThe code expires in {mins} "
          "minutes. If you don't have a TV app open right now, someone may be trying to use your account; ignore this "
          "email and change your password.")),
        ("Security check: confirm it's you",
         ("Hi {name},\n\nYou asked to view the saved payment cards in your {co} account. For your protection we need to "
          "confirm it's you first.\n\nEnter this code: {code}\n\nValid for {mins} minutes.")),
        ("Welcome! One more step",
         ("Hi {name}, thanks for joining {co}. Tap the link below to verify your email and start your free trial:\n\n"
          "{link}/v/{code}\n\nIf you didn't create an account, ignore this email and nothing will happen.")),
        ("Your access code for the member ballot",
         ("Dear {name} {last},\n\nVoting in the {co} Members' Association ballot is now open. To cast your vote you'll need "
          "this personal access code:\n\n{code}\n\nLog in at {link}/vote with your membership number and the code. The code "
          "can be used once and is valid until {date}. Do not forward this email.")),
    ],
    "transactional": [
        ("Your receipt from {co}",
         ("Receipt {order}\n\n{product} ........ ${amount}\nTax ............. included\nTotal paid ...... ${amount}\n\n"
          "Paid with card ending 4417 on {date}.\nQuestions? Visit {link}/help.")),
        ("Order confirmed: {order}",
         ("Hi {name},\n\nThanks for shopping with {co}! We've received your order and we're getting it ready.\n\n"
          "Order number: {order}\nItem: {product} x 1\nSubtotal: ${amount}\nShipping: Free\nEstimated delivery: {date}\n\n"
          "We'll email you again when it ships. You can change your order for the next hour at {link}/orders.\n\n"
          "------------------------------\nYOU MIGHT ALSO LIKE\nPair it with our bestselling care kit, 15% off for members "
          "this week.\nShop now: {link}/picks\n\nYou received this email because you placed an order at {co}. "
          "{co} Ltd, 12 Mill Road, Ashcombe.")),
        ("Deine Bestellung {order} wurde versandt",
         ("Hallo {name},\n\ngute Nachrichten: Dein Paket ist unterwegs!\n\nBestellnummer: {order}\nArtikel: {product}\n"
          "Versanddienstleister: Lindwurm Logistik\nSendungsnummer: {track}\n\nVoraussichtliche Zustellung: {date}\n"
          "Sendung verfolgen: {link}/sendung/{track}\n\nViele Grüße\nDein {co}-Team")),
        ("Your {co} invoice for {date}",
         ("Hello {name},\n\nYour invoice for the period ending {date} is attached.\n\n"
          "  Invoice number   INV-{ticket}\n  Plan             Team (12 seats)\n  Amount due       ${amount}\n"
          "  Payment method   auto-charge, card ending 0932\n\nNo action is needed; we'll charge your card on the due date. "
          "Download PDF: {link}/billing/invoices/{ticket}\n\nThanks for using {co}.\n{co}, Inc. · VAT ID XX000000000")),
        ("Delivered: your {product}",
         ("Your package was delivered on {date} at 14:32.\n\nLeft at: front door\nTracking: {track}\nOrder: {order}\n\n"
          "Not received? Let us know within 48 hours: {link}/help/missing")),
        ("Confirmation de votre réservation – Hôtel {co}",
         ("Bonjour {name} {last},\n\nNous avons le plaisir de confirmer votre réservation.\n\n"
          "Numéro de réservation : {order}\nArrivée : {date} (à partir de 15h)\nDurée : 2 nuits\n"
          "Chambre : Double supérieure, vue jardin\nMontant total : {amount} € (taxe de séjour incluse)\n\n"
          "Annulation gratuite jusqu'à 48 heures avant l'arrivée. Pour modifier votre séjour : {link}/reservation\n\n"
          "Au plaisir de vous accueillir,\nLa réception de l'Hôtel {co}")),
        ("Payment received, thank you",
         "Hi {name}, we received your payment of ${amount} on {date}. Reference: {ticket}. Your balance is now $0.00."),
        ("Your {co} account statement",
         ("Dear {name} {last},\n\nYour monthly statement for your everyday account ending 2210 is now available.\n\n"
          "  Opening balance    1,204.18\n  Money in           {amount}\n  Money out            918.40\n\n"
          "View or download it securely in online banking at {link}. For your security, we never attach statements "
          "to emails.\n\n{co} Bank plc. Authorised and regulated. Calls may be recorded.")),
        ("Refund issued for order {order}",
         ("Hi {name},\n\nWe've refunded ${amount} to your original payment method for the return of {product}.\n\n"
          "Refunds usually appear within 3-5 business days, depending on your bank.\n\nReturn reference: R-{ticket}\n"
          "Order: {order}\n\nThanks for shopping with {co}.")),
        ("Your e-ticket: Northvale to Kingsport, {date}",
         ("Booking reference: {order}\nPassenger: {name} {last}\n\n"
          "Outbound  {date}  08:14  Northvale Central -> Kingsport  coach C, seat 42\n"
          "Fare: Standard Advance, non-refundable\nTotal: {amount} GBP\n\n"
          "Show the QR code in the attachment or at {link}/tickets on your phone. No printing needed.\n\n{co} Rail")),
        ("Confirmación de tu pedido {order}",
         ("¡Hola, {name}!\n\nGracias por tu compra en {co}. Estos son los detalles de tu pedido:\n\nPedido: {order}\n"
          "Producto: {product}\nTotal: {amount} €\nMétodo de pago: tarjeta terminada en 5512\nEntrega estimada: {date}\n\n"
          "Te avisaremos cuando tu pedido salga de nuestro almacén.\n\nUn saludo,\nEl equipo de {co}")),
        ("Your subscription has renewed",
         ("Hi {name},\n\nThanks for another year with {co} Premium. Here's your receipt:\n\nPlan: Premium (annual)\n"
          "Renewed on: {date}\nCharged: ${amount} to card ending 7781\nReceipt no.: {order}\n\n"
          "Manage your subscription at {link}/account. If you didn't mean to renew, you can request a refund within "
          "14 days.")),
        ("Your {co} Water bill",
         ("Account holder: {name} {last}\nAccount number: {ticket}\nBilling period: to {date}\n\nAmount due: {amount}\n"
          "Due by: 21 days from issue\n\nYou pay by direct debit, so there's nothing to do. We'll collect this amount "
          "automatically.\n\nFull bill and usage graph: {link}/bills\n\n{co} Water Services")),
        ("Il tuo ordine {order} è stato spedito",
         ("Ciao {name},\n\nil tuo ordine è in viaggio!\n\nNumero ordine: {order}\nArticolo: {product}\n"
          "Corriere: Rondine Express\nCodice di tracciamento: {track}\nConsegna prevista: {date}\n\n"
          "Segui la spedizione qui: {link}/tracking\n\nGrazie per aver scelto {co}!")),
        ("Your tickets: The Lantern Quartet at {co} Hall",
         ("Order {order}\n\n2 x General admission, {amount} total (incl. booking fee)\nDoors: {date}, 19:00\n"
          "Venue: {co} Hall, Riverside Walk\n\nYour mobile tickets are in the {co} app and attached as PDF. Each ticket "
          "can be scanned once.\n\nRefunds are only available if the event is cancelled or rescheduled.")),
        ("Thank you for your donation: tax receipt",
         ("Dear {name},\n\nThank you for your gift of {amount} to the {co} Foundation on {date}.\n\nDonation ID: {order}\n"
          "Fund: Community Library Program\n\nThis email is your official receipt for tax purposes. No goods or services "
          "were provided in exchange for this contribution.\n\nWith gratitude,\nOdile Brannagh\n"
          "Donor Relations, {co} Foundation")),
        ("Je pakket is bezorgd",
         ("Hoi {name},\n\nJe pakket met trackingcode {track} is op {date} bezorgd bij je buren op nummer 14.\n\n"
          "Bestelling: {order}\nInhoud: {product}\n\nIets niet in orde? Neem contact op via {link}/klantenservice.\n\n"
          "Groet,\n{co}")),
        ("Booking confirmed: {order}",
         ("Thank you for booking with {co} Air.\n\nBooking code: {order}\nPassenger: {last}/{name}\n\n"
          "FLIGHT  DATE      FROM        TO          DEP    ARR\nQV 218  {date}  Eastbridge  Solano Bay  06:50  09:35\n\n"
          "Fare: Economy Light, 1 personal item\nTotal charged: {amount} USD\n\nOnline check-in opens 24 hours before "
          "departure at {link}/checkin.\n\nConditions of carriage apply. This e-ticket receipt is not a boarding pass.")),
        ("Faktura nr FV/{ticket}",
         ("Dzień dobry,\n\nw załączniku przesyłamy fakturę nr FV/{ticket} za zamówienie {order}.\n\n"
          "Kwota: {amount} zł (opłacono kartą)\nData sprzedaży: {date}\n\nFaktura ma charakter informacyjny, nie trzeba "
          "nic dopłacać.\n\nPozdrawiamy,\nDział Rozliczeń {co}")),
        ("Your order is ready for pickup",
         ("Hi {name}, your order {order} ({product}) is ready at {co} Eastgate. Bring this email or your order number. "
          "We'll hold it for 7 days.")),
        ("Rent payment received – Unit 4B",
         ("Hello {name},\n\nThis confirms we received your rent payment of {amount} for Unit 4B, 27 Alder Court, on "
          "{date}.\n\nPayment method: bank transfer\nReference: {ticket}\nBalance remaining: 0.00\n\nThank you,\n"
          "{co} Property Management\nResident portal: {link}")),
        ("【{co}】ご注文ありがとうございます（注文番号：{order}）",
         ("{name} 様\n\nこのたびは{co}をご利用いただき、誠にありがとうございます。\n以下の内容でご注文を承りました。\n\n"
          "■ご注文番号：{order}\n■商品名：{product}\n■お支払い金額：{amount}円（税込）\n■お支払い方法：クレジットカード\n"
          "■お届け予定日：{date}\n\n商品の発送時に改めてメールでお知らせいたします。\n\n――――――――――――――\n"
          "{co} オンラインストア\n{link}")),
        ("Invoice {ticket} from {co} Plumbing",
         ("Hi {name},\n\nPlease find attached invoice {ticket} for the work carried out at your property on {date} "
          "(replacement of kitchen mixer tap and isolation valve).\n\nLabour: 2 hrs\nParts: as itemised\nTotal: {amount}\n\n"
          "Payment by bank transfer within 14 days please, using the invoice number as reference.\n\nThanks again,\n"
          "Des Okonkwo-Hart\n{co} Plumbing & Heating")),
        ("Your return is approved: print your label",
         ("Hi {name},\n\nWe've approved the return of {product} from order {order}.\n\n1. Print the prepaid label: "
          "{link}/returns/label\n2. Pack the item in its original packaging.\n3. Drop it at any Swiftlane Parcel point by "
          "{date}.\n\nOnce we receive it, your refund of ${amount} will be processed within 5 days.")),
        ("Pagamento confirmado",
         ("Olá {name},\n\nConfirmamos o pagamento de {amount} € referente à encomenda {order}.\n\nData: {date}\n"
          "Método: transferência bancária\n\nA sua encomenda será preparada e enviada nos próximos dias úteis.\n\n"
          "Obrigado pela preferência,\n{co}")),
        ("Table booked at {co} Kitchen",
         ("You're booked!\n\n{name}, table for 4\n{date} at 19:30\n{co} Kitchen, 5 Wharf Street\n\n"
          "Confirmation no. {order}\nNeed to change? {link}/res\n\nA card is held for no-shows; cancellations within "
          "24 hours are charged 15 per guest.")),
        ("Kvitto för ditt köp hos {co}",
         ("Hej {name}!\n\nTack för ditt köp. Här är ditt kvitto.\n\nOrdernummer: {order}\nVara: {product}\n"
          "Summa: {amount} kr (inkl. moms)\nBetalt med kort: **** 3390\nDatum: {date}\n\n"
          "Spara detta mejl som kvitto vid eventuell retur.\n\nMed vänliga hälsningar\n{co}")),
        ("Receipt for your in-game purchase",
         ("{co} Games\n\nItem: 1,200 Crystal Shards\nAccount: {name}{last}\nPrice: ${amount}\nOrder ID: {order}\n"
          "Date: {date}\n\nIf you didn't authorise this purchase, request a refund at {link}/refund within 14 days.\n\n"
          "Terms of Sale apply. Prices include applicable taxes.")),
        ("Your car rental confirmation",
         ("Hi {name},\n\nYour rental is confirmed.\n\nPick-up: {date}, 10:00, {co} Rentals, Airport Terminal 2\n"
          "Return: 5 days later, same location\nCar: compact (or similar), automatic\nEstimated total: {amount} incl. "
          "basic cover\nConfirmation: {order}\n\nBring your driving licence and a credit card in the driver's name.\n\n"
          "{co} Rentals")),
        ("Siparişiniz alındı – {order}",
         ("Merhaba {name},\n\n{co} üzerinden verdiğiniz sipariş başarıyla alındı.\n\nSipariş no: {order}\n"
          "Ürün: {product}\nToplam tutar: {amount} TL\nTahmini teslimat: {date}\n\nSiparişiniz kargoya verildiğinde size "
          "bilgi vereceğiz.\n\nTeşekkürler,\n{co}")),
        ("Your {co} Mobile bill: {amount}",
         ("Hi {name},\n\nYour latest bill is ready.\n\n  Monthly plan (Unlimited 40GB)    29.00\n"
          "  Extras: roaming day pass          6.00\n  Total this month                 {amount}\n\n"
          "We'll take payment by direct debit on or after {date}.\n\nItemised usage in the app or at {link}/bill.\n\n"
          "{co} Mobile · Help: {link}/help")),
        ("Part of your order has shipped",
         ("Hi {name},\n\nThe first part of order {order} is on its way. The remaining item ({product}) is on backorder; "
          "we'll ship it as soon as it arrives and won't charge shipping twice.\n\nShipped today: 2 of 3 items\n"
          "Tracking: {track}\n\n{co} Customer Care")),
        ("支付成功通知",
         ("尊敬的{name}：\n\n您已成功支付订单 {order}。\n\n支付金额：¥{amount}\n支付时间：{date} 10:26\n商品：{product}\n\n"
          "我们将尽快为您安排发货。如有疑问，请访问 {link} 联系客服。\n\n{co}商城")),
        ("Invoice paid: {ticket}",
         ("Your payment to {name} {last} for 'Logo refresh' has been completed.\n\nInvoice: {ticket}\nAmount: ${amount}\n"
          "Paid via: {co} Pay balance\nDate: {date}\n\nThis receipt is for your records.")),
        ("Welcome to {co} Fitness: membership confirmation",
         ("Hi {name},\n\nYour membership is active!\n\nMembership: Off-peak, 12 months\nStart date: {date}\n"
          "Monthly fee: {amount}, collected on the 1st\nJoining fee: waived\nMember no.: {ticket}\n\n"
          "Your QR entry pass is in the app. See you on the gym floor!\n\n{co} Fitness\n"
          "Follow us for class timetables and member offers: {link}/social")),
        ("Ihre Rechnung {order}",
         ("Sehr geehrte/r {name} {last},\n\nvielen Dank für Ihren Einkauf. Anbei erhalten Sie Ihre Rechnung.\n\n"
          "Rechnungsnummer: {order}\nRechnungsdatum: {date}\nRechnungsbetrag: {amount} EUR\nZahlungsart: Lastschrift\n\n"
          "Der Betrag wird in den nächsten Tagen von Ihrem Konto abgebucht.\n\nMit freundlichen Grüßen\n{co} GmbH\n"
          "Geschäftsführung: M. Albrecht-Voss · Amtsgericht Musterstadt HRB 00000")),
        ("Update on your delivery: now arriving {date}",
         ("Hi {name},\n\nYour parcel {track} is running late because of high volumes at our sorting hub. New estimated "
          "delivery: {date}.\n\nYou don't need to do anything. If you'd rather collect it, choose a pickup point: "
          "{link}/redirect\n\nSorry for the wait,\nSwiftlane Parcel on behalf of {co}")),
        ("Your policy documents and payment confirmation",
         ("Dear {name} {last},\n\nThank you for choosing {co} Insurance. Your home contents policy is now in force.\n\n"
          "Policy number: HC-{ticket}\nCover starts: {date}\nAnnual premium: {amount} (paid in full)\n\n"
          "Your policy schedule and terms are attached. Please check them carefully and tell us if anything is "
          "incorrect.\n\n{co} Insurance Services Ltd")),
        ("Refund on its way",
         ("Hello {name},\n\nGood news: the refund of {amount} for your cancelled booking {order} has been sent to the card "
          "you paid with. Depending on your bank it can take up to 10 working days to show.\n\n{co} Travel")),
        ("{co} Cloud: billing statement",
         ("Account: {name}-prod\nStatement period ending {date}\n\nService                Usage          Cost\n"
          "Compute (standard)     720 h         41.76\nObject storage         212 GB-mo      4.88\n"
          "Egress                 38 GB          3.04\n----------------------------------------\n"
          "Total                                {amount}\n\nCharged to the payment method on file. Details: {link}/billing")),
        ("Votre colis a été livré",
         ("Bonjour {name},\n\nVotre colis {track} (commande {order}) a été livré le {date} dans votre boîte aux lettres.\n\n"
          "Vous ne l'avez pas reçu ? Signalez-le sous 48 h : {link}/aide\n\nMerci pour votre commande !\n{co}")),
        ("Receipt for your visit on {date}",
         ("Thank you for visiting {co} Veterinary Clinic.\n\nPatient: Biscuit (canine)\nOwner: {name} {last}\n\n"
          "Consultation           45.00\nVaccination (annual)   38.00\nTotal paid             {amount}\n\n"
          "Paid by card. The next booster is due in 12 months; we'll send a reminder.")),
        ("We've charged you for your pre-order",
         ("Hi {name}, your pre-order of {product} is about to ship, so we've now charged ${amount} to your card. "
          "Order {order}. Tracking follows within 24 hours.")),
        ("Factuur {order} van {co}",
         ("Beste {name},\n\nBedankt voor je bestelling. In de bijlage vind je de factuur.\n\nFactuurnummer: {order}\n"
          "Bedrag: € {amount}\nBetaald via: bankoverschrijving\n\nBewaar deze factuur goed voor je administratie.\n\n"
          "Met vriendelijke groet,\n{co}")),
        ("Payment confirmation: exam registration",
         ("Dear {name} {last},\n\nWe have received your payment of {amount} for the Level 2 Certification exam.\n\n"
          "Candidate number: {ticket}\nExam date: {date}\nCentre: {co} Learning Centre, Room 3\n\nPlease bring photo ID on "
          "the day. This email confirms your registration and payment.\n\n{co} Examinations Board")),
        ("Conferma prenotazione {order}",
         ("Gentile {name} {last},\n\nla sua prenotazione presso Agriturismo {co} è confermata.\n\n"
          "Codice prenotazione: {order}\nArrivo: {date}\nOspiti: 2 adulti\nTotale: {amount} €, acconto del 30% già "
          "addebitato\n\nIl saldo sarà richiesto al check-in.\n\nCordiali saluti,\nAgriturismo {co}")),
        ("You sold an item: {product}",
         ("Congrats {name}! Your {product} sold for ${amount}.\n\nOrder: {order}\nThe buyer has paid. Please ship by "
          "{date} and add tracking in your dashboard.\n\nYour payout (sale price minus fees) is released after delivery.")),
        ("Seu pedido foi enviado!",
         ("Oi {name}!\n\nSeu pedido {order} saiu para entrega.\n\nProduto: {product}\nCódigo de rastreio: {track}\n"
          "Previsão de entrega: {date}\n\nAcompanhe: {link}/rastreio\n\nAbraços,\nEquipe {co}")),
        ("Your annual interest statement",
         ("Dear {name} {last},\n\nYour annual statement of interest for your {co} savings account is now available in "
          "online banking.\n\nInterest paid this tax year: {amount}\nTax deducted: 0.00\n\nKeep this statement for your tax "
          "return. We don't attach documents to emails for your security; log in at {link} to download it.\n\n"
          "{co} Building Society")),
        ("Your ride on {date}",
         ("Thanks for riding, {name}\n\nTotal  ${amount}\n\nTrip fare        14.20\nBooking fee       1.50\n"
          "Tip               2.00\n\nPickup    08:02  Linden Ave\nDrop-off  08:26  {co} Business Park\n\n"
          "Paid with card ending 1234. Rate your driver in the app.")),
        ("Your order has shipped",
         ("Good news, {name}: order {order} left our warehouse today.\n\n{product}\nCarrier: Swiftlane Parcel\n"
          "Tracking number: {track}\nExpected: {date}\n\nTrack it: {link}/track\n\n"
          "--\nLoved your purchase? Leave a review and get 5% off your next order.\n{co} · Unsubscribe from review requests")),
        ("Your {co} credit card statement",
         ("Hi {name},\n\nYour statement for the card ending 8830 is ready.\n\nStatement balance:  {amount}\n"
          "Minimum payment:    25.00\nPayment due:        {date}\n\nYou have autopay set to pay the full balance, so "
          "there's nothing to do.\n\nView statement: {link}/statements\n\n{co} Card Services")),
        ("Order cancelled: {order}",
         ("Hi {name},\n\nAs requested, we've cancelled order {order} ({product}). The payment of ${amount} has been "
          "released back to your card; depending on your bank it may take a few days to disappear from your "
          "statement.\n\nWe hope to see you again soon.\n{co}")),
        ("Appointment booked: {date} at 09:20",
         ("Booking confirmation\n\nPatient: {name} {last}\nWith: Dr {last}, physiotherapy\nWhen: {date}, 09:20 (45 min)\n"
          "Where: {co} Health Centre, 2nd floor\nDeposit paid: {amount}\nBooking ref: {order}\n\n"
          "Free cancellation up to 24 hours before. Manage booking: {link}/bookings")),
        ("Top-up successful",
         ("You added {amount} to your {co} travel card on {date}.\n\nCard number: ending 5521\nPayment: card ending 0042\n"
          "Transaction ID: {ticket}\n\nKeep this email as your receipt.")),
        ("Out for delivery today",
         ("Hi {name}, your {product} is out for delivery. Your driver should arrive between 13:00 and 15:00.\n\n"
          "Tracking: {track}\nOrder: {order}\n\nNot going to be in? Choose a safe place: {link}/delivery")),
        ("Deposit received for your {product}",
         ("Thanks {name},\n\nWe've received your deposit of {amount} for the {product} (reservation {order}). The balance "
          "is payable on collection, which we expect to be ready from {date}.\n\nPlease keep this email as proof of "
          "payment.\n\n{co} Showroom")),
    ],
    "notification": [
        ("[{repo}] Pipeline failed on main (#{ticket})",
         ("Pipeline #{ticket} failed for {repo} on branch main.\n\nCommit: 4e1a9c2 'Fix rounding in tax calc' by {name} "
          "{last}\nFailed job: test-unit (exit code 1)\nDuration: 6m 12s\n\n"
          "  FAILED tests/test_invoice.py::test_rounding - AssertionError\n\nView the logs: {link}/pipelines/{ticket}\n\n"
          "You are receiving this because you maintain {repo}. Manage notification settings at "
          "{link}/settings/notifications.")),
        ("[ALERT] High CPU on {host}",
         ("Alert: cpu_usage > 90% for 10m\nHost: {host}\nSeverity: warning\nStarted: {date} 03:14 UTC\n\n"
          "Current value: 97.2%\n\nRunbook: {link}/runbooks/high-cpu\nAcknowledge: {link}/alerts/{ticket}/ack\n\n"
          "-- {co} Monitoring")),
        ("Erinnerung: Teammeeting heute um 14:00",
         ("Erinnerung an folgenden Termin:\n\nTeammeeting Produktplanung\nDatum: {date}, 14:00–15:00\n"
          "Ort: Besprechungsraum 3 / Videokonferenz\nOrganisator: {name} {last}\n\nTermin im Kalender öffnen: {link}\n\n"
          "Diese Erinnerung wurde automatisch von {co} Kalender gesendet.")),
        ("{name} mentioned you in 'Q3 roadmap'",
         ("{name} {last} mentioned you in a comment:\n\n  'can you double-check the numbers in the pricing table "
          "before Friday?'\n\nReply to this email to answer, or open the doc: {link}/docs/{ticket}\n\n"
          "{co} Docs · Unsubscribe from comment notifications")),
        ("New sign-in to your {co} account",
         ("Hi {name},\n\nYour {co} account was just signed in to from a new device.\n\n  Device:   mobile app\n"
          "  Location: Lakemont (approximate)\n  Time:     {date}, 18:05\n\nIf this was you, you don't need to do "
          "anything.\n\nIf you don't recognise this activity, review your account at {link}/security and change your "
          "password.\n\n{co} Security")),
        ("Your storage is 90% full",
         ("Hi {name},\n\nYou're using 13.5 GB of your 15 GB {co} Drive storage. When you run out, new files won't sync "
          "and people won't be able to share uploads with you.\n\nFree up space: {link}/storage\n\n"
          "This is an automated message about your account.")),
        ("Mise à jour de nos conditions d'utilisation",
         ("Bonjour {name},\n\nNous mettons à jour nos conditions d'utilisation et notre politique de confidentialité. "
          "Les nouvelles versions entreront en vigueur le {date}.\n\nPrincipaux changements :\n"
          "• précisions sur la conservation des données ;\n• nouvelles règles concernant les comptes inactifs ;\n"
          "• coordonnées mises à jour de notre délégué à la protection des données.\n\nEn continuant à utiliser {co} "
          "après cette date, vous acceptez les nouvelles conditions. Consultez-les ici : {link}/cgu\n\nL'équipe {co}")),
        ("[{repo}] Review requested: Add retry to webhook sender (#{ticket})",
         ("{name} requested your review on this pull request.\n\n  +142 -37 across 6 files\n\n{link}/pulls/{ticket}\n\n"
          "--\nReply to this email directly or view it on the web. You are receiving this because your review was "
          "requested.")),
        ("Your weekly activity summary",
         ("Here's what happened in your {co} workspace this week:\n\n  • 14 tasks completed (3 by you)\n"
          "  • 6 new comments on your tasks\n  • 2 projects due next week: Website refresh, Q3 audit\n\n"
          "Overdue: 'Renew TLS certificate on {host}' (assigned to you, due {date})\n\nOpen {co}: {link}\n\n"
          "You get this summary every Monday. Change the frequency in Settings > Notifications.")),
        ("Scheduled maintenance on {date}",
         ("We will perform scheduled maintenance on the {co} API on {date} between 02:00 and 03:00 UTC.\n\n"
          "Expected impact: API requests may fail intermittently for up to 5 minutes. Dashboards will be read-only.\n\n"
          "No action is required. Live updates: {link}/status")),
        ("【リマインダー】明日 10:00 歯科検診のご予約",
         ("{name} 様\n\n{co}デンタルクリニックです。\nご予約日時が近づいてまいりましたのでお知らせいたします。\n\n"
          "日時：{date} 10:00\n内容：定期検診\n\n変更・キャンセルの場合は前日までにWeb予約ページ（{link}）よりお手続きください。\n\n"
          "※このメールは送信専用です。")),
        ("Backup completed: {host}",
         ("Nightly backup of {host} finished successfully.\n\nStarted:   01:00\nFinished:  01:47\n"
          "Size:      38.2 GB (incremental)\nRetention: 30 days\n\n-- {co} Backup Agent")),
        ("Certificate for {host} expires in 14 days",
         ("The TLS certificate for {host}.internal.example will expire on {date}.\n\nAuto-renewal is disabled for this "
          "certificate. Renew it in the console: {link}/certs\n\nYou're receiving this because you're listed as a "
          "technical contact.")),
        ("{name} comentó tu publicación",
         ("{name} {last} comentó en tu publicación «Ruta por la sierra»:\n\n«¡Qué fotos tan bonitas! ¿Cuántas horas os "
          "llevó?»\n\nResponder: {link}\n\nRecibes este correo porque tienes activadas las notificaciones de comentarios "
          "en {co}. Puedes desactivarlas en Ajustes.")),
        ("Security advisory: 2 vulnerable dependencies in {repo}",
         ("We found known vulnerabilities in dependencies of {repo}:\n\n"
          "  HIGH    yamlette  < 5.4.1   arbitrary code execution\n  MEDIUM  urlshear  < 2.0.7   open redirect\n\n"
          "Suggested fix: upgrade both packages. An automated pull request has been opened: {link}/pulls/{ticket}\n\n"
          "{co} Dependency Watch")),
        ("{name} {last} shared a folder with you",
         ("{name} {last} ({name}@workmail.example) has shared the folder 'Offsite photos' with you.\n\n"
          "Open: {link}/f/{ticket}\n\n{co} Drive")),
        ("You've been assigned: Update onboarding checklist",
         ("Task: Update onboarding checklist\nProject: People Ops\nAssigned by: {name} {last}\nDue: {date}\n\n"
          "{link}/tasks/{ticket}")),
        ("Avviso di sicurezza: password modificata",
         ("Ciao {name},\n\nla password del tuo account {co} è stata modificata il {date} alle 09:41.\n\n"
          "Se sei stato tu, non devi fare nulla.\nSe non riconosci questa modifica, recupera subito il tuo account: "
          "{link}/recupero\n\nIl team sicurezza di {co}")),
        ("You've used 80% of your monthly API quota",
         ("Heads up, {name}: your project has used 80,412 of 100,000 API requests this billing cycle, which resets on "
          "{date}.\n\nIf you hit the limit, requests will return HTTP 429 until the reset. Usage by key: {link}/usage\n\n"
          "This alert was set at 80%. Adjust alert thresholds in Project settings.")),
        ("You have a new message from {name}",
         ("{name} sent you a message on {co}:\n\n'Hi! Is the bike still available? I could pick it up on Saturday.'\n\n"
          "Reply on {co}: {link}/inbox\n\nFor your safety, keep conversations and payments on {co}.")),
        ("[Gelöst] Dienst nicht erreichbar: {host}",
         ("Status: GELÖST\nHost: {host}\nPrüfung: HTTP-Erreichbarkeit\nAusfallzeit: 4 Minuten ({date}, 02:11–02:15)\n\n"
          "Der Dienst antwortet wieder normal.\n\n{co} Monitoring – automatische Benachrichtigung")),
        ("Reminder: items due soon",
         ("Dear {name} {last},\n\nThe following items are due back at {co} Public Library on {date}:\n\n"
          "  1. The Salt Road (book)\n  2. Forest Birds of the North (book)\n\nYou can renew them online at {link} unless "
          "another member has reserved them.\n\nThis is an automated courtesy notice.")),
        ("Your data export is ready",
         ("The export you requested on {date} is ready to download: {link}/exports/{ticket}\n\n"
          "The download link expires in 7 days. The archive contains your profile, posts and uploaded files.")),
        ("Incidente: lentidão no painel",
         ("Estamos a investigar relatos de lentidão no painel de controlo da {co}.\n\nEstado: em investigação\n"
          "Início: {date}, 11:20 UTC\nServiços afetados: painel web (a API não é afetada)\n\n"
          "Publicaremos uma atualização dentro de 30 minutos.\n\nSubscreveu as atualizações de estado da {co}. "
          "Cancelar subscrição: {link}/status/unsubscribe")),
        ("Deploy succeeded: {repo} to production",
         ("Deployment #{ticket} of {repo} to production finished.\n\nVersion: v3.18.2\nTriggered by: {name} {last}\n"
          "Duration: 2m 41s\nHosts: {host}, {host}-b\n\nRelease notes: {link}/releases/v3.18.2")),
        ("Accepted: Design review @ {date} 15:00",
         ("{name} {last} has accepted this invitation.\n\nDesign review\nWhen: {date}, 15:00–15:45\n"
          "Who: you (organizer), {name} {last}, 2 others\n\nInvitation from {co} Calendar. You are receiving this email "
          "because you are the organizer of the event.")),
        ("3 nieuwe reacties op 'Parkeren in de Lindestraat'",
         ("Hallo {name},\n\nEr zijn 3 nieuwe reacties op het onderwerp 'Parkeren in de Lindestraat' dat je volgt op het "
          "buurtforum van {co}.\n\nBekijk de reacties: {link}\n\nJe ontvangt deze melding omdat je dit onderwerp volgt. "
          "Afmelden kan onderaan elke melding.")),
        ("Your account will be deactivated in 30 days",
         ("Hi {name},\n\nYou haven't signed in to {co} for almost two years. Under our data retention policy, inactive "
          "accounts are deactivated after 24 months.\n\nTo keep your account, just sign in before {date}.\n\n"
          "If you no longer need it, you don't need to do anything.")),
        ("New form submission: Contact us",
         ("You have a new submission on 'Contact us' ({co} website).\n\nName: {name} {last}\n"
          "Email: {name}.{last}@post.example\nMessage: Do you deliver to the islands? We'd need about 40 units of "
          "{product}.\n\nView all submissions: {link}/forms\n\nSent by {co} Forms. Reply-to is set to the submitter.")),
        ("Przypomnienie: wizyta jutro o 9:30",
         ("Dzień dobry {name},\n\nprzypominamy o wizycie w przychodni {co}:\n\nData: {date}, godz. 9:30\n"
          "Lekarz: dr {last}\nGabinet: 12\n\nJeśli nie możesz przyjść, odwołaj wizytę: {link}\n\n"
          "Wiadomość wygenerowana automatycznie.")),
        ("Changes to our Privacy Policy",
         ("We're updating the {co} Privacy Policy, effective {date}. The main changes explain how we use aggregated "
          "usage data to improve search, and add a section for residents of the new regions we operate in.\n\n"
          "Read the updated policy: {link}/privacy\n\nYou don't need to take any action. This is a mandatory service "
          "announcement; you receive it even if you've opted out of marketing emails.")),
        ("账户安全提醒",
         ("{name}，您好：\n\n您的{co}账号于{date} 22:13在新设备上登录。\n\n登录地点：临江市（估计）\n设备：移动客户端\n\n"
          "如果是您本人操作，请忽略此邮件。如非本人操作，请立即修改密码：{link}/security\n\n{co} 安全中心")),
        ("[{host}] Disk usage at 92% on /var",
         ("WARNING: filesystem /var on {host} is 92% full (46.1 of 50 GB).\n\nTop directories:\n"
          "  /var/log/app          21.4G\n  /var/lib/containers   17.9G\n\n"
          "Threshold: 90%. This alert repeats every 6 hours until resolved.")),
        ("Update on your application {ticket}",
         ("The status of your permit application {ticket} has changed to: Under review.\n\nNo action is needed from you "
          "at this time. You'll get another email when a decision is made.\n\nTrack your application: {link}\n\n"
          "{co} City Council – Planning Services (automated message)")),
        ("Hesap etkinliği özeti",
         ("Merhaba {name},\n\nGeçen hafta {co} hesabınızda gerçekleşen etkinlikler:\n\n• 3 yeni takipçi\n"
          "• Gönderilerinize 27 beğeni\n• 2 yeni yorum\n\nTüm etkinlikleri görmek için: {link}\n\n"
          "Bu e-postaları almak istemiyorsanız bildirim ayarlarınızı değiştirebilirsiniz.")),
        ("Scheduled job failed: nightly-e2e",
         ("The scheduled workflow nightly-e2e failed in {repo}.\n\nStep 'Run e2e' exited with code 2:\n\n"
          "  Error: expected {{\"status\": \"ok\"}} but got {{\"status\": \"degraded\"}}\n\n"
          "Run: {link}/runs/{ticket}\nThis is the 3rd consecutive failure.")),
        ("Påminnelse: ditt lösenord går ut om 7 dagar",
         ("Hej {name},\n\nDitt lösenord till {co}s interna system går ut den {date}. Byt lösenord innan dess för att "
          "undvika att bli utelåst. Du byter det som vanligt i inställningarna på din dator.\n\n"
          "Detta är ett automatiskt meddelande från IT-avdelningen.")),
        ("{name} {last} started following you",
         ("{name} {last} is now following you on {co}.\n\nYou have 3 mutual connections.\n\nSee profile: {link}\n\n"
          "Turn off follower emails: {link}/settings")),
        ("[Resolved] Elevated error rates in eu-west",
         ("Resolved, {date} 16:48 UTC\n\nBetween 16:02 and 16:41 UTC, some requests to {co} Functions in eu-west "
          "returned 5xx errors. The cause was a faulty configuration change, which has been rolled back. We'll publish "
          "a full incident report within 5 business days.\n\nAffected components: Functions (eu-west)\n\n-- {co} Status")),
        ("Recordatorio: reunión de familias, {date}",
         ("Recordatorio de evento\n\nReunión de familias, 3.º B\n{date}, 17:30\nLugar: Aula 14, Colegio {co}\n\n"
          "Añadido a tu calendario por {name} {last}.\n\n-- Calendario {co}")),
        ("Re: [{repo}] Timeout when uploading large files (#{ticket})",
         ("{name} commented on issue #{ticket}:\n\n> I can reproduce this with files over 2 GB. Looks like the chunk "
          "size isn't respected when the proxy is enabled.\n\nProposed a fix in the linked PR.\n\n--\n"
          "View it on {co}: {link}/issues/{ticket}\nYou are receiving this because you authored the thread.")),
        ("Low balance alert",
         ("Hi {name}, the available balance in your account ending 6621 has fallen below the alert limit you set "
          "(100.00). Check your account in the {co} app. You can change your alerts in Settings.")),
        ("Speicherplatz fast voll",
         ("Hallo {name},\n\ndein {co}-Postfach ist zu 95 % belegt. Wenn der Speicher voll ist, können keine neuen "
          "E-Mails mehr empfangen werden.\n\nLösche ältere Nachrichten oder leere den Papierkorb, um Platz zu schaffen.\n\n"
          "Dies ist eine automatische Systemnachricht deines E-Mail-Anbieters {co}.")),
        ("Server maintenance: {co} Online",
         ("Heads up, adventurers! {co} Online servers will be offline for maintenance on {date} from 06:00 to "
          "09:00 UTC while we deploy patch 2.4.1.\n\nDuring this time you won't be able to log in. Running auctions "
          "will be extended by 3 hours.\n\nPatch notes will be posted at {link}/patch.\n\nThe {co} Online team")),
        ("[{repo}] Échec du pipeline sur la branche develop",
         ("Le pipeline n°{ticket} a échoué.\n\nProjet : {repo}\nBranche : develop\nÉtape : lint\n"
          "Auteur du commit : {name} {last}\n\nVoir les journaux : {link}/pipelines/{ticket}\n\n"
          "Vous recevez cet e-mail car vous suivez ce projet.")),
        ("Planned water interruption on your street",
         ("Dear resident,\n\n{co} Water will be replacing a valve on Orchard Row on {date}. Your water supply may be "
          "interrupted between 09:00 and 13:00.\n\nWe recommend storing some water beforehand. Supply may be slightly "
          "discoloured afterwards; run the cold tap until clear.\n\nReference: WK-{ticket}\n\nThis is a service notice. "
          "You're receiving it because you're registered at an affected address.")),
        ("You have 4 unread messages in #ops",
         ("While you were away:\n\n#ops  {name} {last}: anyone looking at the queue backlog on {host}?\n"
          "#ops  {name}: never mind, it's draining now\n+ 2 more messages\n\nOpen {co} Chat: {link}\n\n"
          "You're getting this because email notifications are on for unread mentions and starred channels.")),
        ("Promemoria: scadenza consegna bozza",
         ("Promemoria automatico\n\nAttività: Consegna bozza relazione\nProgetto: Ristrutturazione sede\n"
          "Scadenza: {date}\nAssegnata a: {name} {last}\n\nApri l'attività: {link}\n\n"
          "Notifiche di {co} Progetti – puoi gestirle dalle preferenze.")),
        ("Webhook endpoint disabled after repeated failures",
         ("We've disabled your webhook endpoint https://{host}.hooks.example/events after 50 consecutive delivery "
          "failures (last status: 502).\n\nEvents from the past 72 hours are queued and will be retried once you "
          "re-enable it: {link}/webhooks\n\nYou're receiving this because you're an admin of the {co} account.")),
        ("【重要】システムメンテナンスのお知らせ",
         ("いつも{co}をご利用いただきありがとうございます。\n\n下記の日程でシステムメンテナンスを実施いたします。\n\n"
          "日時：{date} 1:00〜5:00\n影響：期間中はログインおよびすべての機能がご利用いただけません。\n\n"
          "ご不便をおかけしますが、ご理解のほどよろしくお願いいたします。\n\n{co} 運営事務局")),
        ("Your trial ends in 3 days",
         ("Hi {name}, your {co} trial ends on {date}. After that your workspace switches to the free plan; nothing is "
          "charged unless you add a payment method. Billing settings: {link}/billing")),
        ("Merged: #{ticket} Bump version to 2.9.0",
         "{name} merged pull request #{ticket} into main in {repo}.\n\n{link}/pulls/{ticket}"),
        ("Your password was changed",
         ("Hi {name},\n\nThe password for your {co} account was changed on {date} at 16:22.\n\nIf you made this change, "
          "you can ignore this email.\n\nIf you didn't, reset your password right away at {link}/forgot and review the "
          "devices signed in to your account.\n\n{co} Security")),
        ("Reminder: your appointment tomorrow at 09:20",
         ("Hi {name},\n\nThis is a reminder of your appointment at {co} Health Centre tomorrow, {date}, at 09:20 with "
          "Dr {last}.\n\nPlease arrive 10 minutes early. Need to reschedule? {link}/bookings\n\n"
          "This is an automated reminder.")),
        ("A security key was added to your account",
         ("A new security key, 'Office key', was added to your {co} account on {date}.\n\nYou can now use it to sign in. "
          "If you didn't add this key, remove it at {link}/security/keys and change your password.\n\n"
          "You're receiving this because security notifications can't be turned off.")),
        ("[{repo}] Release v2.4.0 published",
         ("A new release of {repo} was published by {name} {last}.\n\nv2.4.0\n- Faster cold starts\n- Fixed retry on "
          "timeouts\n- Dropped support for the old config format\n\nView release: {link}/releases/v2.4.0\n\n"
          "You're watching releases for {repo}. Unwatch: {link}/settings")),
        ("Completed: 'Lease agreement' has been signed by all parties",
         ("{name} {last} has signed 'Lease agreement, Flat 3'. All parties have now signed.\n\n"
          "Download the completed document: {link}/docs/{ticket}\n\nA copy is stored in your {co} Sign account for 7 "
          "years.")),
        ("Your monthly usage report",
         ("Hi {name},\n\nHere's your {co} account activity for last month:\n\n  Emails sent         1,204\n"
          "  Delivered           1,188\n  Bounced                12\n  Spam complaints         1\n\n"
          "Your sender reputation is Good. Full report: {link}/reports\n\nYou get this report on the 1st of every month.")),
    ],
    "support": [
        ("Re: [Ticket #{ticket}] Can't export reports to PDF",
         ("Hi {name},\n\nThanks for your patience while we looked into this. I was able to reproduce the problem: exports "
          "fail when a report contains a chart with more than 5,000 data points. Our engineers have a fix scheduled for "
          "next week's release.\n\nIn the meantime, a workaround is to split the report by month, or export as CSV and "
          "chart it locally.\n\nI'll keep this ticket open and update you as soon as the fix is live.\n\nBest,\n"
          "Priya Halvorsen\n{co} Customer Support\n\n---\nReply above this line to add to ticket #{ticket}.")),
        ("Charged twice for order {order}",
         ("Hello,\n\nI placed order {order} on {date} and my card statement shows two charges of {amount} for it. I only "
          "got one confirmation email. Could you please refund the duplicate charge?\n\nThanks,\n{name} {last}")),
        ("AW: Ihre Anfrage [#{ticket}] – Router verbindet sich nicht",
         ("Guten Tag {name} {last},\n\nvielen Dank für Ihre Nachricht und die ausführliche Fehlerbeschreibung.\n\n"
          "Nach Prüfung Ihres Anschlusses sehen wir, dass die Leitung seit gestern Abend wieder synchronisiert ist. Bitte "
          "starten Sie Ihren Router einmal neu (Netzstecker für 30 Sekunden ziehen). Sollte die Verbindung danach "
          "weiterhin abbrechen, antworten Sie einfach auf diese E-Mail – wir schicken Ihnen dann einen Techniker vorbei.\n\n"
          "Mit freundlichen Grüßen\nJonas Wendrich\nKundenservice {co}\n\nVorgangsnummer: {ticket}")),
        ("How did we do with your request #{ticket}?",
         ("Hi {name},\n\nYour request #{ticket} ('Refund for damaged {product}') was marked as solved by Amaru on our "
          "team.\n\nHow would you rate the support you received?\n\n  Good, I'm satisfied  -> {link}/rate/{ticket}/good\n"
          "  Bad, I'm unsatisfied -> {link}/rate/{ticket}/bad\n\nIf your problem isn't fixed, just reply and the ticket "
          "will reopen.\n\n{co} Help Center")),
        ("Re: my order for my dad's birthday",
         ("Hi {name},\n\nOh no, I'm so sorry the mug arrived chipped, especially when it was meant for your dad's 70th! "
          "That's not what we want anyone to open.\n\nI've already sent a replacement by express (tracking {track}), and "
          "you don't need to send the broken one back. I also tucked a little extra into the box for the trouble.\n\n"
          "I hope the birthday is lovely. Please give him our best wishes from all of us at the workshop!\n\nWarmly,\n"
          "Tamsin\n{co} Pottery, customer care\n\n> On {date}, {name} wrote:\n> Hi, the mug I ordered ({order}) arrived "
          "with a chip on the rim. His birthday is on Sunday. Is there anything you can do?")),
        ("Problème de connexion à mon compte",
         ("Bonjour,\n\nDepuis hier, je n'arrive plus à me connecter à mon compte {co}. Le site affiche « identifiants "
          "invalides » alors que je suis sûr de mon mot de passe, et je ne reçois pas l'e-mail de réinitialisation.\n\n"
          "Mon numéro client : {ticket}\n\nPouvez-vous m'aider ? Je dois accéder à mes factures avant la fin du mois.\n\n"
          "Cordialement,\n{name} {last}")),
        ("[{co} Support] We need a bit more information (case {ticket})",
         ("Hello {name},\n\nTo look into the missing payout you reported, could you send us:\n\n1. The date and amount "
          "of the payout you expected\n2. The last four digits of the bank account it should have gone to\n"
          "3. A screenshot of the Payouts page, if possible\n\nPlease don't send full card or account numbers by email.\n\n"
          "Once we have these, we'll get back to you within one business day.\n\nKind regards,\nBeatriz\n"
          "Merchant Support, {co}")),
        ("Update on your case {ticket}",
         ("Hi {name},\n\nJust a quick update: I've passed your case to our billing specialists, since the invoice "
          "correction needs a manager's sign-off. They usually respond within two working days. I'll stay on the case "
          "and check in with you on Friday either way.\n\nThanks for bearing with us,\nOwen Castellanos\n{co} Support Team")),
        ("Re: Ticket {ticket}",
         ("Hi {name}, that's done: I've reset two-factor authentication on your account, so you can log in with just "
          "your password and set it up again. Let me know if anything else comes up! Kai, {co} Support")),
        ("Pedido {order} no ha llegado",
         ("Hola:\n\nHice el pedido {order} hace dos semanas y todavía no lo he recibido. El número de seguimiento {track} "
          "lleva cinco días sin actualizarse.\n\n¿Podríais revisar qué ha pasado? Si no es posible entregarlo, preferiría "
          "el reembolso.\n\nGracias,\n{name} {last}")),
        ("Re: [IT-{ticket}] Laptop won't connect to VPN",
         ("Hi {name},\n\nI had a look at the logs from your laptop. The VPN client's certificate expired on {date}, which "
          "is why it stopped connecting. I've pushed a new one; please restart the laptop while on office Wi-Fi or a "
          "wired connection and try again.\n\nIf it still fails, book a 15-minute slot with me at the IT desk (2nd "
          "floor) and I'll sort it in person.\n\nCheers,\nRafael\nIT Service Desk")),
        ("Your complaint has been escalated – reference {ticket}",
         ("Dear {name} {last},\n\nThank you for your letter about the repeated billing errors on your account. I'm sorry "
          "that our earlier replies did not resolve this.\n\nI have reviewed your case personally. We agree that you were "
          "overcharged for three months, and we will credit {amount} to your account within 5 working days. I've also "
          "added a note so your tariff cannot be changed without your consent.\n\nIf you are not happy with this "
          "outcome, you can refer your complaint to the independent ombudsman service after 8 weeks.\n\n"
          "Yours sincerely,\nHelena Marsh-Oduya\nComplaints Resolution Team, {co} Energy")),
        ("Re: Troca de produto com defeito [#{ticket}]",
         ("Olá {name},\n\nObrigada por nos contactar e pelas fotografias que enviou. Confirmámos que o {product} tem um "
          "defeito de fabrico.\n\nJá criámos a etiqueta de devolução gratuita, que segue em anexo. Assim que o artigo "
          "chegar ao nosso armazém, enviaremos a substituição.\n\nQualquer dúvida, estou à disposição.\n\n"
          "Com os melhores cumprimentos,\nInês\nApoio ao Cliente {co}")),
        ("Webhook events arriving twice",
         ("Hi support,\n\nSince about {date} we're seeing every invoice.paid webhook delivered twice to our endpoint, "
          "about 2 seconds apart, with the same event ID. Our handler is idempotent so nothing broke, but it has doubled "
          "our logs.\n\nEndpoint: https://{host}.hooks.example/pay\n\nIs this a known issue on your side?\n\nThanks,\n"
          "{name} {last}\nLead developer")),
        ("Re: Vraag over mijn abonnement (ticket {ticket})",
         ("Beste {name},\n\nBedankt voor je bericht. Ik heb je abonnement aangepast: vanaf volgende maand betaal je het "
          "studententarief. Het verschil over deze maand storten we terug op je rekening.\n\nKan ik je verder nog "
          "ergens mee helpen? Laat het gerust weten.\n\nMet vriendelijke groet,\nSanne\nKlantenservice {co}")),
        ("Closing your ticket #{ticket}",
         ("Hi {name},\n\nI haven't heard back from you since my last message on {date}, so I'm going to close this ticket "
          "for now. I hope that means the sync issue is sorted!\n\nIf it comes back, just reply to this email and the "
          "ticket will reopen with all the history, no need to explain everything again.\n\nAll the best,\nMilo\n"
          "{co} Support")),
        ("Third time asking - where is my refund???",
         ("This is my third email about this. I returned the {product} on {date} and your own tracking shows you "
          "received it. Still no refund of {amount}. Nobody has answered my previous two messages (ticket {ticket}).\n\n"
          "Please sort this out today or I will dispute the charge with my bank.\n\n{name} {last}")),
        ("R: Richiesta di assistenza n. {ticket} – stampante ufficio",
         ("Buongiorno {name},\n\nil tecnico passerà domani mattina tra le 9 e le 11 per sostituire il fusore della "
          "stampante del secondo piano. Nel frattempo potete usare la stampante della sala riunioni, che ho già "
          "aggiunto ai vostri computer.\n\nResto a disposizione per qualsiasi necessità.\n\nCordiali saluti,\nLuca\n"
          "Helpdesk {co}")),
        ("Your chat transcript with {co}",
         ("Chat with {co} Support, {date}\n\n[14:02] Noor (agent): Hi {name}, thanks for waiting. How can I help today?\n"
          "[14:03] {name}: My internet has been dropping every evening since Monday.\n"
          "[14:05] Noor (agent): I'm sorry about that. I can see errors on your line; I've reset it from our side and "
          "booked an engineer check.\n[14:06] {name}: Great, thanks.\n[14:06] Noor (agent): You're welcome! Your "
          "reference is {ticket}.\n\nWe've emailed you this transcript for your records.")),
        ("Re: Question about my prescription refill",
         ("Dear {name},\n\nThank you for your message via the patient portal. Dr {last} has reviewed your request and "
          "approved a 3-month refill. It has been sent to your usual pharmacy and should be ready to collect after 4pm "
          "tomorrow.\n\nIf your symptoms change before your next review, please book an appointment rather than "
          "replying here.\n\nKind regards,\nNurse Adaeze\n{co} Family Practice\n\n"
          "Please do not include urgent medical issues in portal messages.")),
        ("Reklamacja – zamówienie {order}",
         ("Dzień dobry,\n\nchciałbym złożyć reklamację dotyczącą zamówienia {order}. Otrzymany {product} nie włącza się – "
          "dioda zasilania w ogóle się nie świeci. Sprawdziłem inne gniazdko i inny kabel.\n\nW załączniku przesyłam "
          "zdjęcie paragonu i numer seryjny.\n\nProszę o informację, jak mam odesłać urządzenie.\n\nZ poważaniem,\n"
          "{name} {last}")),
        ("Re: [Case {ticket}] Lost items after server rollback",
         ("Hey {name},\n\nThanks for reaching out, and sorry about the lost loot! I checked the logs and confirmed that "
          "the rollback on {date} removed the Ember Greatsword and 3,400 gold from your character.\n\nI've restored both; "
          "they'll be waiting in your in-game mailbox next time you log in. Your character was not penalised in any "
          "way.\n\nHappy adventuring,\nGM Thessaly\n{co} Player Support")),
        ("Your enquiry {ticket}",
         ("Dear {name} {last},\n\nThank you for contacting the {co} Council Benefits Team. I have checked your claim and "
          "can confirm we received the documents you uploaded on {date}. Your application is now complete and will be "
          "assessed within 10 working days.\n\nYou do not need to send anything else. If your circumstances change in the "
          "meantime, please let us know quoting reference {ticket}.\n\nYours sincerely,\nR. Abernethy-Lowe\n"
          "Benefits Officer")),
        ("Sv: Ärende {ticket} – fel på fakturan",
         ("Hej {name},\n\nTack för att du hörde av dig. Du har helt rätt – vi har av misstag debiterat dig för två "
          "månader på den senaste fakturan. Jag har makulerat den och skickat en ny med rätt belopp, {amount} kr.\n\n"
          "Ursäkta besväret!\n\nVänliga hälsningar\nElin\nKundtjänst, {co}")),
        ("Re: [#{ticket}] still broken",
         ("Hi again, I tried the steps you sent (cleared cache, reinstalled) and the app still crashes on the payments "
          "screen. The phone is about 2 years old and has the latest system update. Anything else I can try?\n\n{name}\n\n"
          "> From: {co} Support\n> Sent: {date}\n> Could you try clearing the app cache and reinstalling?")),
        ("Re: Cancelling my membership",
         ("Hi {name},\n\nI've cancelled your membership as requested. No further payments will be taken, and you can keep "
          "using the gym until the end of the month.\n\nIt was genuinely lovely seeing you at the early classes these "
          "past two years. Congratulations on the new job and good luck with the move north! If you're ever back in "
          "town, your key fob will still work for a free guest week.\n\nTake care,\nDarius\nMembership team, {co} Fitness")),
        ("Re: お問い合わせの件（受付番号：{ticket}）",
         ("{name} 様\n\nお問い合わせいただき、誠にありがとうございます。{co}カスタマーサポートの佐藤です。\n\n"
          "ご指摘の件について確認いたしましたところ、システムの不具合により、ポイントが正しく付与されていなかったことが判明いたしました。"
          "大変ご迷惑をおかけし、申し訳ございません。\n\n本日付で不足分のポイントを付与いたしましたので、マイページにてご確認ください。\n\n"
          "今後ともよろしくお願いいたします。\n\n{co} カスタマーサポート\n佐藤")),
        ("[{co} Support] Case {ticket}: 502 errors on {host}",
         ("Hi {name},\n\nFollowing up on our call this morning. Summary of what we found:\n\n- The 502s started after "
          "your load balancer health check path was changed to /healthz.\n- {host} answers that path with a 301 "
          "(redirect to /healthz/), so the balancer marks it unhealthy.\n- Pointing the check at /healthz/ or disabling "
          "the redirect fixes it.\n\nI've tested the change on our staging copy of your config and it resolves the "
          "errors. Let me know once you've applied it and I'll monitor for 24 hours before closing the case.\n\n"
          "Regards,\nMateus Okafor\nSenior Support Engineer, {co}")),
        ("Meter reading dispute - account {ticket}",
         ("To whom it may concern,\n\nMy latest bill shows an estimated reading of 48,210, but the actual meter reads "
          "46,985 (photo attached, taken {date}). Please correct the bill and confirm the new amount.\n\n"
          "Account holder: {name} {last}\nAccount number: {ticket}\n\nRegards,\n{name} {last}")),
        ("Ynt: Destek talebiniz #{ticket}",
         ("Merhaba {name},\n\nTalebiniz için teşekkür ederiz. İade işleminiz onaylandı; {amount} TL tutarındaki iade 3-5 "
          "iş günü içinde kartınıza yansıyacaktır.\n\nBaşka bir sorunuz olursa bu e-postayı yanıtlamanız yeterli.\n\n"
          "İyi günler dileriz,\nSelin\n{co} Müşteri Hizmetleri")),
        ("Quick question about your recent call",
         ("Hi {name},\n\nYou spoke with me on {date} about the roaming charges on your bill. I just wanted to check the "
          "credit showed up correctly and that everything's okay now. If you have 30 seconds, I'd really appreciate a "
          "rating for case {ticket}: {link}/feedback\n\nThanks,\nGrace, {co} Mobile Support")),
        ("Re: Bike service, ready?",
         ("Hi {name},\n\nSorry for the slow reply, it's been a crazy week in the shop! Your bike's done. We replaced the "
          "chain and rear cassette as discussed, and also trued the back wheel at no charge since it was only slightly "
          "off.\n\nWe're open till 6 today and 9-1 on Saturday. Total is {amount}, card or cash.\n\nCheers,\nFinn\n"
          "{co} Cycles\n\n> Any news on my bike? Dropped it off Monday (job ticket {ticket}).")),
        ("回复：关于订单{order}的退款问题",
         ("{name}您好，\n\n感谢您的耐心等待。关于您反映的订单{order}退款问题，我们已经核实：仓库已于{date}收到您退回的商品，"
          "退款{amount}元已提交处理，预计3-5个工作日内退回原支付账户。\n\n给您带来的不便，我们深表歉意。如有其他问题，请直接回复此邮件。\n\n"
          "客服小林\n{co}客户服务中心")),
        ("Question about my account",
         ("Hi, I can't find where to download last year's invoices in the new dashboard. Could someone point me in the "
          "right direction? Thanks, {name}")),
        ("Kündigung meines Vertrags – Kundennummer {ticket}",
         ("Sehr geehrte Damen und Herren,\n\nhiermit kündige ich meinen Vertrag mit der Kundennummer {ticket} fristgerecht "
          "zum nächstmöglichen Zeitpunkt. Bitte bestätigen Sie mir die Kündigung und das Vertragsende schriftlich.\n\n"
          "Die Einzugsermächtigung widerrufe ich zum Vertragsende.\n\nMit freundlichen Grüßen\n{name} {last}")),
        ("Re: [HELP-{ticket}] Access to {repo} repository",
         ("Hi {name},\n\nI've added you to the {repo} group with developer access. It can take up to 15 minutes to "
          "propagate. Note that merging to main still needs approval from one of the code owners.\n\nI'm resolving this "
          "request; reply if anything's missing.\n\nThanks,\nAsha (Platform team, on support rotation)")),
        ("Your feedback – reference {ticket}",
         ("Dear {name} {last},\n\nThank you for taking the time to tell us about your journey on {date}. I'm sorry that "
          "your checked bag arrived two days after you did, and that the information at the baggage desk was unclear.\n\n"
          "As a gesture of goodwill, I've added 5,000 points to your {co} Miles account and approved your claim of "
          "{amount} for essential purchases. The payment will reach you within 14 days.\n\nWe hope to welcome you on "
          "board again soon.\n\nKind regards,\nCustomer Relations\n{co} Airways")),
        ("RE: Demande de remboursement – dossier {ticket}",
         ("Bonjour {name},\n\nJe fais suite à votre demande concernant votre voyage annulé du {date}. Après vérification, "
          "vous êtes éligible à un remboursement intégral de {amount} €. Je viens de lancer la procédure ; vous recevrez "
          "les fonds sous 7 à 10 jours ouvrés.\n\nJe reste à votre disposition pour toute question.\n\n"
          "Bien cordialement,\nCamille Dufrenne\nService Clients {co} Voyages")),
        ("URGENT: site down after migration",
         ("Hi,\n\nOur site on {host} has been returning 'database connection error' since your migration last night. We "
          "run an online shop, so this is costing us orders.\n\nWe haven't changed anything on our side. Can someone look "
          "at this as a priority?\n\nAccount: {co}\nChat reference: {ticket}\n\n{name} {last}")),
        ("Re: [Caso {ticket}] Cambio de titular",
         ("Hola {name}:\n\nGracias por enviarnos la documentación. He completado el cambio de titular del contrato; a "
          "partir de la próxima factura figurará a tu nombre.\n\nSi necesitas algo más, responde a este correo y seguiré "
          "atendiéndote.\n\nUn saludo,\nJavier\nAtención al Cliente – {co}")),
        ("Re: Feature request: dark mode",
         ("Hi {name},\n\nThanks so much for the thoughtful write-up! I've shared it with our product team and added your "
          "vote to the dark mode request (it's one of our most requested features, so you're in good company).\n\n"
          "I can't promise a date, but I'll personally let you know on this thread if it gets onto the roadmap.\n\n"
          "Thanks again for using {co} every day; it means a lot to a small team like ours.\n\nRosa\n"
          "Support & Community, {co}")),
        ("Re: [Ticket #{ticket}] Refund request",
         ("Thanks Marco, that's perfect. I can see the pending credit now. Appreciate the quick help!\n\n{name}\n\n"
          "On {date}, Marco ({co} Support) wrote:\n> Hi {name}, I've issued a refund of {amount} for the unused part of "
          "your plan.\n> It should show within 3-5 days.\n>\n> On {date}, {name} wrote:\n>> Hi, I downgraded mid-month "
          "by mistake and got charged for the full higher plan.\n>> Could you refund the difference?")),
        ("Problema con la fattura del {date}",
         ("Buongiorno,\n\nnella fattura emessa il {date} mi è stato addebitato un costo di attivazione di {amount} €, ma "
          "al momento della sottoscrizione mi era stato detto che l'attivazione era gratuita.\n\nPotete verificare e "
          "stornare l'importo?\n\nGrazie,\n{name} {last}\nCodice cliente: {ticket}")),
        ("Re: Missing page in my copy",
         ("Hello {name}!\n\nHow annoying, a printing fault by the sound of it. We've put a fresh copy aside for you at the "
          "counter; just swap it whenever you're passing. No receipt needed, I've made a note against order {order}.\n\n"
          "Enjoy the rest of the book (the ending is worth it!).\n\nBest,\nHattie at {co} Books")),
        ("Scheduling a call about case {ticket}",
         ("Hi {name},\n\nThanks for the logs. The behaviour you describe is tricky to diagnose over email, so I'd like to "
          "do a 30-minute screen share with you and one of our engineers. Would any of these work (all times CET)?\n\n"
          "  • {date}, 10:00\n  • {date}, 15:30\n  • the following day, 11:00\n\nOr pick a slot here: {link}/book\n\n"
          "Best regards,\nSven\nTechnical Support, {co}")),
        ("Vraag over levering bestelling {order}",
         ("Hallo,\n\nIk heb op {date} een {product} besteld (bestelling {order}), maar de track & trace geeft al een week "
          "'in behandeling' aan. Kunt u nagaan waar mijn pakket is?\n\nAlvast bedankt,\n{name} {last}")),
        ("Re: Repair request {ticket} – leaking radiator",
         ("Dear {name},\n\nThank you for reporting the leaking radiator in your flat. I've booked an engineer to visit on "
          "{date} between 8am and 1pm. Please make sure someone over 18 is at home.\n\nIf the leak gets worse before then, "
          "turn off the valve at the bottom of the radiator and call our emergency line.\n\nKind regards,\n"
          "Maintenance Team\n{co} Housing Association")),
        ("Não consigo acessar minha conta",
         ("Olá, equipe {co},\n\nTentei redefinir minha senha várias vezes, mas o e-mail com o link nunca chega (já olhei no "
          "spam). Meu cadastro é com este mesmo e-mail.\n\nPodem me ajudar? Preciso emitir a segunda via da fatura até "
          "sexta.\n\nObrigado,\n{name}")),
        ("Re: Rate limit increase request",
         ("Hi {name},\n\nGood news: I've raised the rate limit on your production key to 600 requests per minute, "
          "effective immediately. The change doesn't affect your bill.\n\nOne tip: your client retries instantly on "
          "429s, which can amplify bursts. Exponential backoff with jitter should smooth things out.\n\nCheers,\n"
          "Dev Support, {co}")),
        ("Following up on your recent repair",
         ("Hello {name},\n\nIt's been a week since our technician replaced the drum bearing in your washing machine "
          "(job {ticket}). I wanted to check that everything is running smoothly.\n\nIf you notice any noise or leaks, "
          "reply here and I'll arrange a return visit at no cost; the repair is covered for 90 days.\n\nBest wishes,\n"
          "Nadia\nService Coordinator, {co} Appliance Care")),
        ("Kargom hasarlı geldi",
         ("Merhaba,\n\n{order} numaralı siparişim bugün elime ulaştı ancak kutu ezilmiş ve {product} çizilmiş. "
          "Fotoğrafları ekte gönderiyorum. Değişim yapabilir misiniz?\n\nTeşekkürler,\n{name} {last}")),
        ("Re: Wrong size delivered (order {order})",
         ("Hi {name},\n\nThank you for letting us know, and I'm sorry for the mix-up! It looks like the packing slip "
          "said M but a small was in the bag.\n\nI've arranged an exchange: the medium ships today (tracking {track}) and "
          "a free return label is attached for the small. No need to wait for us to receive it first.\n\nThanks for your "
          "patience,\nLea\nCustomer Happiness, {co}")),
        ("Help with invoice {ticket}",
         ("Hello,\n\nCould you please reissue invoice {ticket} with our company name and VAT number? We need it for our "
          "accounts and the current one only shows my personal name.\n\nCompany: {last} Design Studio\nVAT: XX123456789\n\n"
          "Many thanks,\n{name} {last}")),
        ("Re: Locked out of my account",
         ("Hi {name},\n\nI'm sorry you're locked out. For your security I can't change the email address on the account "
          "over email, but I can help you through our identity check.\n\nPlease reply with the date of your last order "
          "and the town it was delivered to. Once I've matched those, I'll send a reset link to the new address you "
          "gave us.\n\nBest,\nTomás\n{co} Support")),
        ("Your ticket {ticket} has a new reply",
         ("Alba from {co} Support replied to your ticket:\n\n'Hi {name}, I spoke with the warehouse this morning. Your "
          "parcel was mis-sorted and is now on a van for delivery tomorrow. I've refunded the shipping fee as an "
          "apology. Anything else, just let me know!'\n\nReply to this email to respond. Ticket: {link}/tickets/{ticket}")),
        ("Charged but no booking confirmation",
         ("Hi,\n\nI tried to book a double room for {date} on your website. The payment of {amount} went through (I can "
          "see it on my card) but the page crashed and I never got a confirmation email.\n\nCan you check whether the "
          "booking exists? If not, please refund the charge.\n\nThanks,\n{name} {last}")),
        ("Re: Re: Re: App keeps logging me out",
         ("Hi {name},\n\nThanks for trying that. The log you sent shows the session token being rejected because your "
          "phone's clock is about 9 minutes fast. Could you turn on automatic date and time in your phone settings and "
          "sign in once more? That should stop the logouts.\n\nRyo\n{co} Support\n\n> On {date}, {name} wrote:\n"
          "> Reinstalled, still getting logged out every few minutes. Log attached.\n>\n> > On {date}, Ryo wrote:\n"
          "> > Sorry about that! Could you reinstall the app and send us the debug log (Settings > Help > Send log)?")),
    ],
    "personal": [
        ("saturday?",
         "hey! are we still on for saturday? I can bring the board games if you do snacks :)"),
        ("Mum's present",
         ("Hi {name},\n\nI ordered the {product} for Mum from that shop you sent me, order {order}, it should arrive by "
          "{date}. Could you wrap it if it comes to yours? I'll pay you back for half, it came to {amount}.\n\n"
          "Love,\nBea")),
        ("Grillen am Wochenende?",
         ("Hi {name},\n\nwir wollten am Samstag bei uns im Garten grillen, so ab 17 Uhr. Hast du Lust zu kommen? Bring "
          "gern deine Schwester mit, wenn sie Zeit hat.\n\nWir kümmern uns um Würstchen und Salate, vielleicht kannst du "
          "was zu trinken mitbringen?\n\nLiebe Grüße\nKatrin")),
        ("Thoughts on the draft",
         ("Hi {name},\n\nThanks for sending the draft over. Overall it reads really well, and the intro is much tighter "
          "than last time. Two things I'd change:\n\n1. The table on page 3 is hard to follow; maybe split it by region?\n"
          "2. I'd soften the conclusion a bit, we don't have the Q4 numbers yet.\n\nHappy to go through it over coffee "
          "tomorrow if that's easier.\n\nCheers,\nTom")),
        ("Parcel for you",
         ("Hi {name}, it's Greta from number 12. The courier left a parcel for you with us this morning (looks like the "
          "{product} you were waiting for?). We're home all evening, just knock whenever. G.")),
        ("Intro: {name} <> Leona",
         ("Hi both,\n\nAs promised, connecting you two. {name}, Leona runs procurement at a mid-size hospital group and "
          "has been looking at scheduling tools exactly like the one you're building. Leona, {name} co-founded {co}; "
          "I've known them since university and they're one of the most thoughtful people I know.\n\n"
          "I'll let you take it from here!\n\nBest,\nArjun")),
        ("Fotos de la boda",
         ("¡Hola {name}!\n\nPor fin he subido las fotos de la boda de la prima Lucía. Te paso el enlace: {link}\n\n"
          "Hay algunas tuyas bailando que son buenísimas. Dime cuáles quieres en papel y las encargo todas juntas.\n\n"
          "Un abrazo muy fuerte,\nMarisa")),
        ("Thinking of you",
         ("Dear {name},\n\nI was so sorry to hear about your father. He was always so kind to me when I used to come over "
          "after school, and I still remember his terrible jokes at your birthday parties.\n\nPlease don't feel you need "
          "to reply. I'm around if you want company, a walk, or someone to bring food. I'll be at the service on "
          "{date}.\n\nWith love,\nHannah")),
        ("that IT ticket",
         ("Hey {name}, did you ever hear back on ticket {ticket}? My laptop is doing the same thing since the update, "
          "black screen after sleep. If they gave you a fix, could you forward it? Thanks! Dev")),
        ("Group project: who does what?",
         ("Hi all,\n\nJust so we're organised before Thursday: I'll do the literature review, {name} said they'd do the "
          "survey design, and Ollie and Sam are splitting the analysis. Can everyone have a first draft in the shared "
          "folder by {date}?\n\nAlso, the library study room is booked Tues 4-6pm if anyone wants to work together.\n\n"
          "Maya")),
        ("Ce week-end",
         ("Salut {name} !\n\nÇa te dit une balade à vélo dimanche matin si le temps le permet ? On pourrait partir vers 9h "
          "et s'arrêter déjeuner au bord du lac.\n\nDis-moi si t'es partant, sinon on remet à plus tard.\n\nBises,\nJulien")),
        ("Re: Coffee next week?",
         ("Hi {name},\n\nGreat to meet you at the meetup on Tuesday. Thursday at 10 works for me. Shall we say the café on "
          "the corner of Bell Street? If it's raining I can host at our office instead, we're on the 3rd floor of the "
          "Hartley building.\n\nLooking forward to it,\nIsabel Fairweather\n\n> On {date}, {name} {last} wrote:\n"
          "> Lovely chatting yesterday. Any chance you're free for coffee next week? Thursday morning would suit me best.")),
        ("Can you water my plants?",
         ("Hiya,\n\nBig favour to ask: I'm away from {date} for ten days and the tomatoes will die if nobody waters them. "
          "Any chance you could pop round every other day? The key is under the blue pot. I'll bring you back something "
          "nice!\n\nThanks a million,\nRuth x")),
        ("Pranzo di domenica",
         ("Ciao {name},\n\nla nonna chiede se domenica venite a pranzo. Fa le lasagne, quindi non avete scuse! Ditemi "
          "entro venerdì quanti siete, così compra abbastanza.\n\nUn bacio,\nSilvia")),
        ("you will NOT believe this",
         ("ok so remember Jo from the old team? apparently she's starting her own bakery AND moving to the coast. I ran "
          "into her at the station and we talked for like an hour. she says hi btw. call me later, I have more")),
        ("Thanks for today",
         ("Hey {name},\n\nJust wanted to say thanks for backing me up in the meeting earlier. I know the migration plan "
          "isn't popular but it meant a lot to have someone say it out loud.\n\nDrinks on me on Friday?\n\nLaura")),
        ("Jantar sexta-feira",
         ("Olá {name}!\n\nVamos jantar na sexta? Descobri um restaurante novo perto do rio, com petiscos ótimos. Reservo "
          "para as 20h30 se te der jeito.\n\nBeijinhos,\nRita")),
        ("News from the farm",
         ("Dear {name},\n\nIt's been too long since I wrote properly, so here's the news from our end.\n\nThe lambing went "
          "well this year: forty-two lambs and only one difficult night, which your uncle handled with his usual "
          "swearing. The new barn roof is finally on, though it cost twice what the builder first quoted.\n\n"
          "Your cousin Jess has started her nursing course in the city and rings home every Sunday, mostly to ask for "
          "money. Grandad's knee is better since the operation, and he's back to walking the dog twice a day.\n\n"
          "We'd love to see you in the summer. Bring your walking boots, the hill path has been cleared.\n\n"
          "All our love,\nAunt Maureen and Uncle Pete\n\nP.S. I finally worked out how to use the tablet you sent, so "
          "expect more emails!")),
        ("Re: Quote for the kitchen",
         ("Hi {name},\n\nThanks for the quote and the sketches, we love the layout with the island. Before we go ahead, "
          "could you tell us whether the {amount} includes removing the old units and the tiling? And would you be able "
          "to start before {date}? We have family visiting at the end of the month.\n\nBest,\nNoor and Felix")),
        ("Verjaardag Pieter",
         ("Hoi {name},\n\nZaterdag wordt Pieter 40 en we organiseren een verrassingsfeestje. Kom je ook? Vanaf 20.00 uur "
          "in het café bij de haven. Niks tegen hem zeggen hè!\n\nWe leggen samen voor een cadeau, zo'n 20 euro per "
          "persoon. Kun je het naar mij overmaken?\n\nGroetjes,\nEls")),
        ("Re: keys",
         "Found them, they were in my jacket the whole time. Sorry for the panic!"),
        ("Last day",
         ("Hi everyone,\n\nAs some of you know, today is my last day at {co}. It's been an amazing four years and I've "
          "learned so much from all of you, especially the support team's patience during my first month, when I broke "
          "the staging database twice.\n\nI'm staying in the city, so let's keep in touch: my personal address is "
          "{name}.{last}@home.example.\n\nThanks for everything,\n{name}")),
        ("久しぶり！",
         ("{name}さん\n\n久しぶり！元気にしてる？\n来月そっちに出張で行くことになったから、もし時間があったらご飯でも行かない？\n"
          "{date}の夜なら空いてるよ。\n\nまた連絡してね。\n美咲")),
        ("Hedge",
         ("Hi {name},\n\nHope you're well. Would you mind if we trimmed back the hedge on our side next weekend? It's "
          "started blocking the light to the vegetable beds. We'll clear up all the cuttings, of course. If you'd rather "
          "do it together, just let me know a time.\n\nThanks,\nGeorge (no. 8)")),
        ("Re: advice on the job offer",
         ("Hi {name},\n\nCongrats on the offer! Honestly, I'd take it. The salary matters less at this stage than working "
          "with a team that ships. Ask them about on-call though, that's where people burn out.\n\nIf you want, call me "
          "Thursday evening and we can talk through a counter-offer.\n\nProud of you,\nMarta\n\n> On {date}, {name} "
          "wrote:\n> I got the offer from {co}! But it's less than I'm making now. What would you do?")),
        ("Hafta sonu planı",
         ("Selam {name},\n\nCumartesi kahvaltıya ne dersin? Sahildeki o küçük yere gidebiliriz. Saat 10 gibi buluşalım "
          "mı?\n\nGörüşürüz,\nEmre")),
        ("Could you sign for a delivery?",
         ("Hi {name}, I'm working from home tomorrow but a courier is bringing the new monitor to the office (tracking "
          "{track}). Would you mind signing for it at reception and leaving it on my desk? Thanks, you're a star. "
          "Priyanka")),
        ("Logo ideas",
         ("Hey {name},\n\nAttached are three rough directions for the café logo. I'm partial to the second one (the "
          "hand-drawn cup), but tell me honestly what you think, no hurt feelings if none of them work.\n\nOnce you pick "
          "one I'll do two rounds of tweaks and then the final files.\n\nTalk soon,\nCeline")),
        ("Midsommar",
         ("Hej {name}!\n\nVi firar midsommar hos mormor i år igen. Kan ni ta med jordgubbar och en tårta? Vi samlas vid "
          "lunch.\n\nKramar,\nAnna")),
        ("Thank you!",
         ("Dear {name},\n\nThank you so much for the beautiful blanket for the baby. It's already her favourite; she falls "
          "asleep on it every afternoon. We can't wait for you to meet her properly.\n\nLove,\nSophie, Dan and little Iris")),
        ("carpool tomorrow",
         ("Hi {name}, I can drive tomorrow, pick you up at 7:40? Parking at school is a nightmare so I'll wait on the "
          "main road. Let me know if that's too early.")),
        ("Re: zdjęcia z wycieczki",
         ("Hej {name},\n\ndzięki za zdjęcia! To z kozą na szczycie jest genialne. Mam też kilka swoich, wrzucę je do "
          "wspólnego folderu wieczorem.\n\nKiedy następny wypad? Myślałam o czymś w październiku.\n\nBuziaki,\nAgata\n\n"
          "> W dniu {date} {name} napisał(a):\n> Wrzucam zdjęcia z weekendu, link poniżej. Było super!")),
        ("Re: invoice question",
         ("Hi {name},\n\nNo problem at all. Yes, the {amount} covers both the photo shoot and the edited files. I'll send "
          "the gallery link on Monday once I've finished colour correction. If you need prints, I can recommend a lab.\n\n"
          "Have a great weekend,\nJonah")),
        ("10 year reunion!!",
         ("Hi everyone!\n\nCan you believe it's been ten years since graduation? A few of us are organising a "
          "get-together on {date} at the old pub by the campus (yes, it's still there). Nothing fancy, just drinks and "
          "catching up.\n\nReply to me if you're in so I can book enough tables, and please forward this to anyone I've "
          "missed, I only had old addresses for some of you.\n\nCan't wait,\nLeo")),
        ("周末聚餐",
         "{name}，\n\n周六晚上我们几个老同学打算一起吃个饭，就在学校附近那家火锅店，六点半。你能来吗？\n\n回复一下我好订位子。\n\n小王"),
        ("Moving our 1:1",
         ("Hi {name}, can we push our 1:1 to Wednesday? I've got a dentist appointment Tuesday afternoon. Any time after "
          "11 works. Thanks! Rob")),
        ("Hello from Grandpa",
         ("Dear {name},\n\nGrandma and I watched the video of your school concert three times. You played beautifully! "
          "We are very proud.\n\nThe garden is full of apples this year. We will bring you a big bag when we visit.\n\n"
          "Lots of love,\nGrandpa")),
        ("Kurze Frage zur Präsentation",
         ("Hi {name},\n\nkurze Frage: Hast du die aktuelle Version der Präsentation für Donnerstag? Ich finde im Ordner "
          "nur die vom letzten Monat. Wäre super, wenn du sie mir schicken könntest.\n\nDanke dir und bis morgen!\nTobias")),
        ("bills",
         ("Hey, the electricity bill came, {amount} total so it's a third each. I paid it already, just send me your "
          "share when you can. Also we're out of dish soap!! Kim")),
        ("Long overdue letter",
         ("{name}!\n\nI've been meaning to write for weeks. Life here is chaos in the best way. The new job is good: small "
          "team, lots of trust, and nobody schedules meetings on Fridays, which I've decided is the secret to "
          "happiness.\n\nI finally got the apartment with the balcony, so I've become that person with twelve pots of "
          "herbs. The basil is thriving; the rosemary is plotting against me.\n\nHow's your mum doing after the move? "
          "And did you end up taking the pottery class? I want photos of whatever lopsided bowl you made.\n\nCome visit "
          "in spring. The spare room has your name on it.\n\nMiss you loads,\nChiara")),
        ("Re: presentación del lunes",
         ("Hola {name},\n\nPerfecto, me encargo yo de las diapositivas de resultados. ¿Nos vemos el viernes a las 12 para "
          "repasarla juntos?\n\nGracias,\nDiego\n\n> El {date}, {name} {last} escribió:\n> ¿Te parece si dividimos la "
          "presentación? Yo hago la introducción y tú los resultados.")),
        ("Absence on Friday",
         ("Dear Mr {last},\n\nMy daughter will be absent on Friday as we're travelling to a family wedding. I'll make sure "
          "she catches up on the maths homework over the weekend. Please let me know if there's anything else she "
          "should prepare.\n\nKind regards,\n{name} Abbott")),
        ("Il libro che ti dicevo",
         ("Ciao {name}!\n\nTi ricordi il libro di cui ti parlavo? Alla fine l'ho finito, è bellissimo. Te lo porto sabato, "
          "così lo leggi in vacanza.\n\nA presto,\nMarco")),
        ("Re: translation deadline",
         ("Hi {name},\n\nThanks for the extra context on the glossary. I can deliver the full translation by {date}, end "
          "of day. If you need the first two chapters earlier for review, I can send those on Wednesday.\n\nBest,\n"
          "Anneliese")),
        ("Fwd: Your order {order} has shipped",
         ("haha look, the stroller is finally coming! thanks again for chipping in, you're the best aunt ever. see you "
          "at the shower <3\n\n---------- Forwarded message ----------\nFrom: {co} <orders@shop.example>\n"
          "Subject: Your order {order} has shipped\n\nYour order is on its way. Tracking: {track}")),
        ("Nouvelles de Rennes",
         ("Coucou {name},\n\nPetit message pour te dire qu'on est bien arrivés. L'appartement est super, un peu petit "
          "mais très lumineux. Les enfants ont déjà trouvé le parc au bout de la rue.\n\nOn t'appelle dimanche !\n\n"
          "Gros bisous,\nNathalie")),
        ("Congrats!!",
         ("Just saw the announcement. Congratulations on the promotion, {name}! Well deserved after the year you've had. "
          "Lunch to celebrate next week? My treat.")),
        ("Street party planning",
         ("Hi neighbours,\n\nThanks to everyone who came to the planning chat last night! Quick summary:\n\n"
          "- Date: {date}, 2pm onwards\n- Road closure form: Dave is sending it to the council\n- Food: everyone brings a "
          "dish, there'll be a sign-up sheet\n- Music: the Okonjo twins will DJ (volume limits apply!)\n\nIf you can lend "
          "a gazebo or folding tables, reply to this email.\n\nCheers,\nPaula (no. 23)")),
        ("Aniversário da mãe",
         ("Oi {name},\n\nVamos fazer uma surpresa para o aniversário da mãe? Pensei em reunir todo mundo lá em casa no "
          "domingo. Você consegue trazer o bolo?\n\nBeijos,\nCamila")),
        ("Reference request",
         ("Hi {name},\n\nI hope you're well! I'm applying for a research position at the {co} Institute and they've asked "
          "for two references. Would you be willing to be one of them? You supervised my thesis, so you'd be the best "
          "person to speak to my work.\n\nI completely understand if you're too busy. The deadline is {date}.\n\n"
          "Many thanks,\nYusuf Adeyemi")),
        ("quick q",
         "is the deploy freeze still on for {repo} or can I merge my fix? don't want to step on anyone's toes"),
        ("did the tickets arrive?",
         ("Hey, did the concert tickets I forwarded come through? The confirmation number is {order} if the box office "
          "asks. Meet at the bar at 7? I'll be the one in the ridiculous yellow coat.")),
        ("Re: Re: dinner thursday",
         ("perfect, 8 it is. I'll book.\n\n> could we do 8 instead of 7:30? train gets in late\n>> dinner thursday? the "
          "new place on Quay St?")),
        ("Sorry about yesterday",
         ("Hi {name},\n\nI was short with you yesterday and you didn't deserve it. Work has been a lot this week, but "
          "that's not an excuse. Can I take you for lunch on Saturday to make up for it?\n\nSam")),
        ("Help with my laptop?",
         ("Hi {name},\n\nSorry to bother you, but you're the only techie I know! My laptop has been saying the disk is "
          "full even though I deleted loads of photos. I tried calling the shop but they want to charge me just to look "
          "at it. Any chance you could have a look if I bring it round at the weekend? I'll bake.\n\nThanks so much,\n"
          "Auntie Viv")),
        ("Book club: next month",
         ("Hi all,\n\nThanks for a lovely evening! For next month we voted for 'The Lighthouse Keeper's Daughter'. "
          "{name} has kindly offered to host on {date}. Bring a snack to share, and whoever finishes it first is not "
          "allowed to spoil the ending this time (looking at you, Gerald).\n\nxx\nFiona")),
        ("a plumber you can trust",
         ("Hi {name},\n\nYou mentioned your boiler was playing up. We used a guy called Wes last winter and he was "
          "brilliant: on time, tidy and didn't overcharge. I'll text you his details tonight. Tell him you're a "
          "friend of ours.\n\nHope it gets sorted before the cold snap!\nMeg")),
    ],
    "marketing": [
        ("The {co} Dispatch, issue 48",
         ("Hi {name},\n\nIn this week's issue:\n\n1. How small teams plan their quarter (without spreadsheets)\n"
          "2. Customer story: a bakery that doubled its online orders\n3. Five shortcuts you probably aren't using\n\n"
          "Read online: {link}\n\n--\nYou're receiving this because you subscribed to the {co} newsletter. "
          "Unsubscribe: {link}/unsubscribe · Preferences: {link}/prefs\n{co} Ltd, 3 Canal Yard, Westhollow")),
        ("You left something behind",
         ("Hi {name},\n\nYour cart is waiting! The {product} you added is still available, but stock is running low.\n\n"
          "Complete your order: {link}/cart\n\nNeed help deciding? Our reviewers gave it 4.8/5.\n\n"
          "PSST: use code COMEBACK10 for 10% off, valid 48 hours.\n\nUnsubscribe from cart reminders: {link}/unsubscribe")),
        ("Nur bis Sonntag: 30 % auf alles",
         ("Hallo {name},\n\nunser großer Frühjahrs-Sale ist da! Spare bis Sonntag 30 % auf das gesamte Sortiment – auch "
          "auf bereits reduzierte Artikel.\n\nJetzt shoppen: {link}\n\nKostenloser Versand ab 49 €.\n\n"
          "Du möchtest keinen Newsletter mehr erhalten? Hier abmelden: {link}/abmelden\n{co} GmbH · Impressum · Datenschutz")),
        ("Your weekly picks are here, {name}",
         ("Based on what you've been browsing, we think you'll love these:\n\n* {product}, now {amount}\n"
          "* Linen throw, sage green, from 34.00\n* Ceramic pour-over set, bestseller\n\n"
          "See all your picks: {link}/for-you\n\nPrices correct at time of sending. Manage email preferences: {link}/prefs")),
        ("Webinar: Scaling your support team without burning out",
         ("Join us on {date} at 16:00 CET for a free 45-minute webinar.\n\nSpeakers:\n- Dana Whitlock, Head of CX at {co}\n"
          "- Ravi Menon, independent consultant\n\nYou'll learn:\n• when to hire and when to automate\n"
          "• how to measure what matters\n• a template for weekly support reviews\n\nSave your seat: {link}/webinar\n\n"
          "Can't make it? Register anyway and we'll send the recording.\n\nUnsubscribe | {co}, 88 Market Street")),
        ("Introducing the new {product}: our lightest yet",
         ("Meet the all-new {product}.\n\n30% lighter. Twice the battery. The same price you love: {amount}.\n\n"
          "Available to order today, shipping from {date}.\n\nDiscover more: {link}\n\n"
          "(c) {co}. You're getting this because you're a {co} customer. Unsubscribe at any time.")),
        ("{name}, vos points fidélité expirent bientôt",
         ("Bonjour {name},\n\nVous avez 1 250 points sur votre carte {co} Club. Ils expireront le {date} si vous ne les "
          "utilisez pas.\n\nBonne nouvelle : 1 000 points = 10 € de réduction sur votre prochain achat, en magasin ou en "
          "ligne.\n\nJ'en profite : {link}\n\nPour ne plus recevoir nos offres, cliquez ici : {link}/desinscription")),
        ("We miss you, {name}",
         ("It's been a while! A lot has changed at {co} since your last visit: new recipes every week, faster delivery "
          "and a brand new app.\n\nCome back and get your next box for half price: {link}/welcome-back\n\n"
          "Offer ends {date}. Not interested any more? Unsubscribe with one click: {link}/u")),
        ("You're invited: {co} Summit",
         ("Dear {name},\n\nWe'd love to see you at {co} Summit, our annual customer conference, on {date} in Riverport.\n\n"
          "Two days of keynotes, hands-on workshops and the chance to meet the product team.\n\nEarly-bird tickets: "
          "{amount} (until Friday)\nRegister: {link}/summit\n\nSee you there,\nThe {co} Events Team\n\n"
          "You are receiving this email as a registered user of {co}. Unsubscribe.")),
        ("Tell us what you think (3 minutes)",
         ("Hi {name},\n\nWe're always looking for ways to improve {co}. Could you spare 3 minutes for our annual customer "
          "survey? Everyone who completes it goes into a draw to win one of ten 50-euro gift cards.\n\n"
          "Take the survey: {link}/survey\n\nThank you!\nThe {co} Research Team\n\nUnsubscribe from surveys: {link}/u")),
        ("Rebajas de invierno: hasta -50 %",
         ("Hola {name},\n\n¡Empiezan las rebajas en {co}! Hasta un 50 % de descuento en abrigos, botas y accesorios.\n\n"
          "Solo online y en tiendas seleccionadas, hasta el {date}.\n\nVer ofertas: {link}\n\n"
          "Si no quieres recibir más correos, date de baja aquí: {link}/baja")),
        ("5 mistakes first-time homebuyers make",
         ("Hi {name},\n\nBuying your first home? Our mortgage advisers put together the five most common mistakes they "
          "see, and how to avoid them:\n\n1. Only looking at the monthly payment\n2. Forgetting about fees and surveys\n"
          "3. Skipping the agreement in principle\n4. Emptying your savings for the deposit\n"
          "5. Not shopping around for insurance\n\nRead the full guide: {link}/guides/first-home\n\nWhen you're ready, "
          "book a free chat with a {co} adviser.\n\n{co} Home Loans. Your home may be repossessed if you do not keep up "
          "repayments. Unsubscribe: {link}/u")),
        ("Price drop on an item you viewed",
         ("Good news, {name}! The {product} you looked at is now {amount}, its lowest price this year.\n\n"
          "Shop now: {link}\n\nThis is a promotional email from {co}. Change which emails you receive: {link}/prefs")),
        ("Le novità di questo mese da {co}",
         ("Ciao {name},\n\necco cosa c'è di nuovo questo mese:\n\n• la nuova collezione autunno è online\n"
          "• ricette di stagione dal nostro blog\n• evento in negozio il {date}: degustazione gratuita\n\n"
          "Scopri tutto: {link}\n\nNon vuoi più ricevere la newsletter? Cancellati qui: {link}/disiscriviti")),
        ("New in {co}: automated reconciliation",
         ("Hi {name},\n\nWe just shipped something finance teams have asked for all year: automated bank "
          "reconciliation.\n\nConnect your accounts once, and {co} matches transactions to invoices overnight, flagging "
          "anything that doesn't add up.\n\nSee how it works (2-min video): {link}/reconcile\n\nIt's included in all paid "
          "plans at no extra cost.\n\nHappy closing,\nthe {co} product team\n\nYou're receiving product news because you "
          "have a {co} account. Unsubscribe from product news: {link}/u")),
        ("Flash sale: fares from 29",
         ("48 HOURS ONLY\n\nFly somewhere sunny from just 29 one-way.\n\n> Old harbour towns\n> Island hopping in the "
          "south\n> City breaks with rooftop views\n\nBook by midnight on {date}: {link}\n\nFares are per person, one-way, "
          "incl. taxes; limited seats. {co} Air. Manage subscriptions: {link}/prefs")),
        ("Alleen vandaag: gratis verzending",
         ("Hoi {name},\n\nVandaag betaal je geen verzendkosten bij {co}, zonder minimumbedrag!\n\nShop direct: {link}\n\n"
          "Geldig tot 23:59 uur.\n\nUitschrijven? Klik hier: {link}/afmelden")),
        ("Season 7 is LIVE: claim your free bundle",
         ("Hey {name},\n\nThe new season of {co} Legends has begun! Log in before {date} to claim the free Founders "
          "Bundle: an exclusive skin, 500 gems and a double-XP boost.\n\nPlay now: {link}\n\nSee you in the arena!\n\n"
          "You're receiving this because you signed up for {co} news. Unsubscribe: {link}/u")),
        ("You're 2 stays away from Gold",
         ("Hi {name},\n\nYou're so close! Book two more nights before {date} and you'll unlock {co} Rewards Gold, with "
          "free breakfast, late check-out and room upgrades when available.\n\nFind your next stay: {link}\n\n"
          "Member offers may change. Unsubscribe from promotional emails: {link}/u")),
        ("Nowości w sklepie {co}",
         ("Cześć {name}!\n\nW tym tygodniu mamy dla Ciebie nowości:\n\n– {product} w nowej wersji kolorystycznej\n"
          "– zestawy prezentowe na każdą okazję\n– darmowa dostawa od 99 zł\n\nSprawdź: {link}\n\n"
          "Nie chcesz otrzymywać newslettera? Wypisz się: {link}/wypisz")),
        ("20% off ends tonight",
         "Last chance, {name}: 20% off everything with code LASTCALL. Ends at midnight. {link}"),
        ("You're on the list! Here's how to jump ahead",
         ("Thanks for joining the {co} waitlist, {name}!\n\nYou're number 4,812 in line. Want early access sooner? Share "
          "your invite link with friends; every sign-up moves you up 100 spots.\n\nYour link: {link}/invite\n\n"
          "Follow our journey on the blog: {link}/blog")),
        ("【期間限定】ポイント10倍キャンペーン開催中！",
         ("{name} 様\n\nいつも{co}をご利用いただきありがとうございます。\n\n本日より{date}まで、対象商品のご購入でポイントが10倍になるキャンペーンを開催中です。\n\n"
          "▼キャンペーン詳細はこちら\n{link}\n\n※本メールは配信を希望された方にお送りしています。\n配信停止はこちら：{link}/stop")),
        ("Spring news from {co} Garden Centre",
         ("Hello {name},\n\nSpring has sprung at the garden centre! This month:\n\n- Seed potatoes and onion sets are in\n"
          "- Free potting demo every Saturday at 11\n- Our café now does a gardener's breakfast\n\nBring this email for "
          "10% off compost until {date}.\n\nHappy gardening,\nMargot and the team\n\n{co} Garden Centre, Mill Lane. To "
          "stop receiving our newsletter, reply with the word unsubscribe.")),
        ("Your health check, now 25% off",
         ("Hi {name},\n\nLooking after yourself just got easier. For a limited time, book a full health check at any {co} "
          "Clinic for 25% less.\n\nIncludes blood tests, a blood pressure check and a 30-minute consultation with a "
          "doctor.\n\nBook now: {link}\n\nOffer valid until {date}. {co} Health Ltd. Unsubscribe: {link}/u")),
        ("Sepette ekstra %15 indirim seni bekliyor",
         ("Merhaba {name},\n\nSadece bu hafta sonuna özel: tüm ürünlerde sepette ekstra %15 indirim!\n\n"
          "Alışverişe başla: {link}\n\nKampanya {date} tarihine kadar geçerlidir.\n\n"
          "E-posta listemizden çıkmak için: {link}/abonelik")),
        ("Your year with {co}",
         ("{name}, what a year!\n\nYou listened to 41,230 minutes of audio, discovered 212 new artists, and your top "
          "genre was lo-fi jazz.\n\nSee your full Year in Review and share it with friends: {link}/recap\n\n"
          "Unsubscribe from these emails: {link}/u")),
        ("Unlock more with {co} Pro",
         ("Hi {name},\n\nYou've been using {co} Free for 3 months, nice! Teams like yours usually upgrade when they need:\n\n"
          "+ Unlimited projects\n+ Guest access\n+ Priority support\n\nUpgrade this week and get 2 months free: "
          "{link}/pricing\n\nQuestions? Just reply to this email.\n\n{co}\nUnsubscribe from tips and offers")),
        ("Veckans erbjudanden hos {co}",
         ("Hej {name}!\n\nHär är veckans bästa erbjudanden:\n\n• Kaffe 500 g – 2 för 89 kr\n"
          "• Färska jordgubbar – 25 kr/ask\n• {product} – nu {amount} kr\n\nGäller från {date} till söndag, så länge "
          "lagret räcker.\n\nAvregistrera dig: {link}/avregistrera")),
        ("Join us: {co} developer meetup in Harbour City",
         ("Hey {name},\n\nWe're hosting an evening of lightning talks, pizza and good conversation for developers "
          "building on {co}.\n\nWhen: {date}, 18:30\nWhere: The Foundry, 4 Dock Road\n\nTalks: migrating to the v3 API, "
          "real-world rate-limit patterns, and a sneak peek at what's next.\n\nSpaces are limited, RSVP: {link}/meetup\n\n"
          "Developer Relations @ {co}")),
        ("Important update about your membership benefits",
         ("Hi {name},\n\nGreat news: as a valued member you now get even more:\n\n• Free next-day delivery on all orders\n"
          "• Early access to our seasonal sale starting {date}\n• Double points every Tuesday\n\nStart shopping: {link}\n\n"
          "{co} Plus. Unsubscribe from member news: {link}/u")),
        ("年中大促开启 | 全场低至5折",
         ("亲爱的{name}：\n\n{co}年中大促正式开启！全场商品低至5折，满300减50，更有限量赠品等你来拿。\n\n"
          "活动时间：即日起至{date}\n立即抢购：{link}\n\n如不希望再收到此类邮件，请点击退订：{link}/unsubscribe")),
        ("Can you help us reach 500 meals this winter?",
         ("Dear {name},\n\nThis winter, more families in our town rely on the {co} Food Bank than ever before. A gift of "
          "just 15 provides a week of meals for a family of four.\n\nDonate today: {link}/give\n\nThank you for standing "
          "with your neighbours.\n\nWith gratitude,\nThe {co} Food Bank team\n\nRegistered charity. You're receiving this "
          "because you've supported us before. Unsubscribe: {link}/u")),
        ("Give 20, get 20",
         ("Share the love, {name}. Give your friends 20 off their first order and get 20 credit when they buy. "
          "Your link: {link}/ref  Terms apply. Unsubscribe: {link}/u")),
        ("Einladung: Live-Demo am {date}",
         ("Guten Tag {name} {last},\n\nin unserer kostenlosen Live-Demo zeigen wir Ihnen in 30 Minuten, wie Sie mit {co} "
          "Ihre Reisekostenabrechnung automatisieren.\n\nTermin: {date}, 11:00 Uhr\nJetzt anmelden: {link}/demo\n\n"
          "Wir freuen uns auf Sie!\nIhr {co}-Team\n\nSie erhalten diese E-Mail, weil Sie sich für Produktinformationen "
          "angemeldet haben. Abmelden: {link}/abmelden")),
        ("It's back: the {product} is in stock again",
         ("You asked, we restocked. The {product} is back in all sizes, but last time it sold out in 3 days.\n\n"
          "Shop now: {link}\n\n{co} · Unsubscribe")),
        ("Learn data analysis in 8 weeks: enrolment closes Friday",
         ("Hi {name},\n\nOur most popular online course is back. In 8 weeks, go from spreadsheets to building dashboards "
          "with real-world data.\n\n- Live weekly sessions\n- Personal mentor feedback\n- Certificate on completion\n\n"
          "Enrol now and save {amount}: {link}/enrol\n\n{co} Academy · You're receiving this because you downloaded one of "
          "our guides. Unsubscribe.")),
        ("Oferta exclusiva para si, {name}",
         ("Olá {name},\n\nComo cliente {co}, tem acesso antecipado à nossa campanha de verão: 25% de desconto em toda a "
          "loja até {date}.\n\nUse o código VERAO25 no checkout.\n\nComprar agora: {link}\n\n"
          "Para deixar de receber as nossas comunicações, clique aqui: {link}/cancelar")),
        ("{name}, you're eligible for an upgrade",
         ("Good news! Your contract with {co} Mobile lets you upgrade early. Get the latest phones from 0 upfront, plus "
          "double data for 6 months.\n\nSee your upgrade options: {link}/upgrade\n\nThis is a marketing message. "
          "Unsubscribe at {link}/prefs.")),
        ("New homes near you this week",
         ("Hi {name},\n\n6 new homes just listed near Elm Park:\n\n• 3-bed terrace, garden: 425,000\n"
          "• 2-bed flat with balcony: 289,000\n• 4-bed detached, double garage: 610,000\n\nView all listings: {link}\n\n"
          "Thinking of selling? Book a free valuation with {co} Estates.\n\nUnsubscribe from our newsletter: {link}/u")),
        ("Webinar gratuito: marketing para pequeños negocios",
         ("Hola {name},\n\nTe invitamos a nuestro webinar gratuito el {date} a las 18:00.\n\nAprenderás a crear campañas "
          "efectivas con poco presupuesto.\n\nReserva tu plaza: {link}\n\nEquipo {co}\n\nDarse de baja: {link}/baja")),
        ("3 new features waiting for you",
         ("Hi {name},\n\nYou haven't tried these yet:\n\n• Smart folders that sort receipts automatically\n"
          "• Shared budgets with your partner\n• Spending insights every Sunday\n\nOpen the app to explore: {link}\n\n"
          "Sent by {co}. Don't want tips like this? Unsubscribe: {link}/u")),
        ("Solo per oggi: spedizione gratuita",
         ("Ciao {name},\n\nsolo per oggi la spedizione è gratuita su tutti gli ordini {co}, senza minimo di spesa.\n\n"
          "Approfittane: {link}\n\nOfferta valida fino alle 23:59.\n\nPer annullare l'iscrizione: {link}/disiscriviti")),
        ("Our biggest sale of the year starts now",
         ("It's here.\n\nUp to 60% off tech, home and fashion at {co}.\n\nNew deals every hour until {date}.\n\n"
          "Shop the sale: {link}\n\nExclusions apply. See site for details.\n{co} Retail · Privacy · Unsubscribe")),
        ("New menu + a little treat",
         ("Hi {name}!\n\nOur autumn menu launches this Thursday: roasted squash risotto, slow-cooked lamb and a "
          "ridiculous apple crumble.\n\nAs a thank-you for being on our list, show this email for a free dessert with any "
          "main until {date}.\n\nBook a table: {link}\n\nSee you soon,\nChef Amara and the {co} Kitchen team\n\n"
          "Unsubscribe")),
        ("Jouw maandelijkse inspiratie van {co}",
         ("Hoi {name},\n\nDeze maand in onze nieuwsbrief:\n\n• 10 tips voor een opgeruimd huis\n"
          "• Nieuw in de collectie: {product}\n• Winactie: maak kans op een weekendje weg\n\nLees verder: {link}\n\n"
          "Je ontvangt deze e-mail omdat je je hebt aangemeld voor onze nieuwsbrief. Afmelden: {link}/afmelden")),
        ("Save up to 20% when you bundle home and car",
         ("Dear {name},\n\nAlready insured with {co} for your car? Add home insurance and save up to 20% on both "
          "policies.\n\nGet a quote in 3 minutes: {link}/bundle\n\nDiscount applies to new policies only. {co} Insurance "
          "Ltd. To stop receiving offers, visit {link}/prefs.")),
        ("Les 7 tendances déco de la saison",
         ("Bonjour {name},\n\nCouleurs terracotta, matières naturelles, mobilier vintage… Découvrez les 7 tendances déco "
          "qui vont marquer la saison, et nos coups de cœur pour les adopter chez vous.\n\nLire l'article : {link}\n\n"
          "À très vite,\nL'équipe {co}\n\nVous recevez cet e-mail car vous êtes inscrit à notre newsletter. "
          "Se désinscrire : {link}/desinscription")),
        ("Happy birthday, {name}! A gift from us",
         ("Happy birthday from all of us at {co}!\n\nTo celebrate, here's 15% off anything you like, valid for the whole "
          "month.\n\nCode: BDAY15\nShop: {link}\n\nHave a wonderful day!\n\nUnsubscribe from birthday emails: {link}/u")),
        ("Entdecke unsere neue Herbstkollektion",
         ("Hallo {name},\n\ndie neue Herbstkollektion ist da! Warme Farben, weiche Stoffe und zeitlose Schnitte.\n\n"
          "Jetzt entdecken: {link}\n\nAls Newsletter-Abonnent erhältst du 10 % Rabatt mit dem Code HERBST10.\n\n"
          "Abmelden | Impressum")),
        ("A note from our founder",
         ("Hi {name},\n\nFive years ago I started {co} at my kitchen table with one idea: tea should taste like tea. "
          "Today we ship to 40 countries, and I still read every review.\n\nTo say thank you, every subscriber gets a free "
          "tin of our new smoked oolong with their next order. No code needed.\n\nThank you for being part of this,\n"
          "Eloise Tremaine\nFounder, {co}\n\nYou're on this list because you bought from us. Unsubscribe: {link}/u")),
        ("Items on your wishlist are on sale",
         ("Hi {name},\n\nGood timing! 3 items on your wishlist just dropped in price:\n\n- {product}: now {amount}\n"
          "- Wool scarf, charcoal: 20% off\n- Travel mug: 2 for 1\n\nSale ends Sunday. Shop your wishlist: {link}/wishlist\n\n"
          "You're receiving this because you have a {co} account. Email preferences: {link}/prefs")),
        ("This week's top reads, picked for you",
         ("Good morning {name},\n\nHere are the stories our readers loved this week:\n\n> Why the four-day week is "
          "spreading to small firms\n> A chef's guide to cooking with leftovers\n> The quiet comeback of the train "
          "sleeper\n\nRead them all: {link}\n\nEnjoying the newsletter? Forward it to a friend.\n{co} Media · "
          "Unsubscribe · View in browser")),
        ("Last chance: your invitation expires tonight",
         ("{name}, your invitation to the {co} Private Sale ends at midnight.\n\nMembers get up to 70% off designer "
          "homeware, for 48 hours only.\n\nAccept your invitation: {link}/private-sale\n\nYou're receiving this as a "
          "{co} member. Unsubscribe")),
        ("Rate your purchase and get 10% off",
         ("Hi {name},\n\nHow are you getting on with your {product}? Leave a quick review and we'll send you a 10% "
          "discount code for your next order.\n\nWrite a review: {link}/review\n\nThanks for shopping with {co}!\n\n"
          "Don't want review requests? Unsubscribe: {link}/u")),
        ("What's new in the {co} app",
         ("We've been busy!\n\n* Dark mode is finally here\n* Offline playlists, now with unlimited downloads\n"
          "* A redesigned home screen that learns what you like\n\nUpdate the app to try them today. Full details on our "
          "blog: {link}/blog\n\n{co} · You're subscribed to product news · Unsubscribe")),
        ("Free shipping on your next order, {name}",
         "No minimum, no code needed. Just shop before {date}.\n\n{link}\n\n{co} · Unsubscribe"),
    ],
    "spam": [
        ("Your account has been suspended",
         ("Dear Customer,\n\nWe detected unusual activity on your account and have temporarily suspended access. To "
          "restore access, you must verify your information within 24 hours or your account will be permanently "
          "closed.\n\nVerify now: http://secure-account-verify.test/login\n\nThank you,\nAccount Security Department")),
        ("URGENT BUSINESS PROPOSAL",
         ("Dear Friend,\n\nI am Barrister Emmanuel Okoro-Blake, personal attorney to a late client who died in a car "
          "accident leaving the sum of USD 12,500,000 in a bank here with no next of kin. I am contacting you because "
          "you share the same surname.\n\nI propose that we share the funds 60/40. This transaction is 100% risk free. "
          "Kindly reply with your full name, phone number and address so I can proceed.\n\nYours faithfully,\n"
          "Barrister E. Okoro-Blake")),
        ("Wichtige Sicherheitsmitteilung zu Ihrem Konto",
         ("Sehr geehrter Kunde,\n\naufgrund einer Aktualisierung unseres Sicherheitssystems müssen alle Kunden ihre Daten "
          "bis zum {date} bestätigen. Andernfalls wird Ihr Online-Banking-Zugang gesperrt.\n\nBitte klicken Sie hier, um "
          "Ihre Daten zu bestätigen:\nhttp://kundenportal-sicherheit.test/bestaetigen\n\nMit freundlichen Grüßen\n"
          "Ihre Sicherheitsabteilung")),
        ("Congratulations! You've won a {product}",
         ("CONGRATULATIONS {name}!!!\n\nYou have been randomly selected as our weekly winner of a brand new {product}!\n\n"
          "To claim your prize, simply pay a small shipping fee of 1.95 at the link below:\nhttp://prize-claim-now.test/"
          "{ticket}\n\nHurry, this offer expires in {mins} minutes!\n\n*Participation requires subscription. See terms.")),
        ("Turn 250 into 8,000 in 30 days",
         ("Hi,\n\nMy name is Daniel and three months ago I was broke. Then I found an AI trading bot that makes 3-7% a DAY "
          "on crypto. No experience needed, fully automatic.\n\nOnly 20 spots left for new members this week.\n\n"
          "Start now: http://quantum-profit-ai.test/join\n\nDon't miss out,\nDaniel\n\n"
          "Results not typical. Trading involves risk.")),
        ("Votre colis est en attente de livraison",
         ("Bonjour,\n\nVotre colis n'a pas pu être livré en raison de frais de douane impayés (1,99 €).\n\n"
          "Numéro de suivi : {track}\n\nPour reprogrammer la livraison, veuillez régler les frais ici : "
          "http://suivi-colis-livraison.test/paiement\n\nSans paiement sous 48 heures, votre colis sera renvoyé à "
          "l'expéditeur.\n\nService Livraison")),
        ("Quick question about your website",
         ("Hi there,\n\nI was checking out your website and noticed it isn't ranking on the first page of search results "
          "for several important keywords. I can fix that.\n\nWe offer:\n- High-DA backlinks from 500+ sites\n"
          "- Guaranteed page 1 rankings in 30 days\n- Guest posts on news sites\n\nPackages start from just 99/month. "
          "Can I send you a free audit?\n\nBest,\nKevin\nSEO Expert")),
        ("Mailbox storage full - action required",
         ("Your mailbox has exceeded its storage limit (99.8%).\n\nYou will no longer be able to send or receive emails. "
          "Incoming messages are being held.\n\nClick below to increase your storage for free:\n\n"
          "http://mail-upgrade-quota.test/verify?user={name}\n\nMail Administrator\n(c) Email Services")),
        ("Invoice INV-{ticket} attached - payment overdue",
         ("Hello,\n\nPlease find attached your overdue invoice for {amount}. Payment was due on {date}. To avoid "
          "additional late fees and legal action, please settle the balance immediately by wire transfer.\n\n"
          "View invoice: http://docs-invoice-view.test/INV-{ticket}\n\nRegards,\nAccounts Receivable")),
        ("Cheap meds without prescription",
         ("Save up to 80% on popular medications!\n\n+ No prescription needed\n+ Discreet worldwide shipping\n"
          "+ 100% satisfaction guaranteed\n\nOrder now: http://best-online-pharma.test\n\n"
          "To be removed from our list reply REMOVE")),
        ("Verify your email address or lose access",
         ("Dear user {name},\n\nYour email account will be deactivated today due to failure to verify. Enter your email "
          "password on the secure page below to confirm ownership:\n\nhttp://webmail-verify-owner.test/confirm\n\n"
          "Verification code: {code}\n\nFailure to comply will result in permanent loss of all emails.\n\nIT Helpdesk Team")),
        ("Ganador de la Lotería Internacional",
         ("Estimado/a ganador/a:\n\nNos complace informarle que su dirección de correo electrónico ha sido seleccionada "
          "como ganadora de 850.000 € en nuestro sorteo internacional anual.\n\nPara reclamar su premio, envíe sus datos "
          "personales (nombre completo, dirección, teléfono y copia del pasaporte) a nuestro agente de pagos.\n\n"
          "Referencia del premio: {ticket}\n\nAtentamente,\nDepartamento de Premios")),
        ("Work from home - earn 500/day",
         ("Hello,\n\nWe are hiring remote assistants! Just 1-2 hours a day, no experience required. Earn up to 500 per day "
          "processing payments for our international clients.\n\nReply with your name, age and bank details to get "
          "started today.\n\nHR Department")),
        ("Your subscription has been renewed - {amount} charged",
         ("Dear Customer,\n\nThank you for renewing your PC SafeKeeper Total Protection subscription. Your account has "
          "been charged {amount}.\n\nOrder ID: {order}\nRenewal period: 3 years\n\nIf you did not authorise this "
          "transaction, reply to this email with your phone number and our billing agent will call you to cancel and "
          "issue a full refund.\n\nPC SafeKeeper Billing Team")),
        ("Il tuo account è stato limitato",
         ("Gentile cliente,\n\nabbiamo rilevato un accesso sospetto al tuo account. Per motivi di sicurezza, alcune "
          "funzioni sono state limitate.\n\nPer ripristinare l'accesso completo, conferma i tuoi dati entro 24 ore:\n"
          "http://verifica-account-sicuro.test\n\nGrazie per la collaborazione,\nServizio Clienti")),
        ("Lonely singles near you want to meet",
         ("Hey there ;)\n\n3 women within 5 miles of you viewed your profile today. They're waiting to chat, no strings "
          "attached.\n\nSee who's interested: http://hot-local-match.test/?ref={ticket}\n\n18+ only. Reply STOP to opt out.")),
        ("Hello dear",
         ("Hello dear,\n\nI saw your profile and I was very interested to know you. I am Sandra, 29 years old, a nurse "
          "working with the peace mission. I would like us to be good friends and share our lives.\n\nPlease write to my "
          "private email so I can send you my pictures.\n\nSandra")),
        ("Tax refund notification: you are eligible for {amount}",
         ("After the last annual calculation of your fiscal activity, we have determined that you are eligible to "
          "receive a tax refund of {amount}.\n\nTo receive your refund, please submit the tax refund request and allow "
          "us 3-6 days to process it.\n\nSubmit request: http://gov-refund-portal.test/claim?id={ticket}\n\n"
          "Note: a refund can be delayed for invalid records or late submissions.\n\nRevenue Services Online")),
        ("Uw pakket kon niet worden bezorgd",
         ("Beste klant,\n\nWe hebben geprobeerd uw pakket te bezorgen, maar niemand was thuis. Om een nieuwe bezorgdatum "
          "te kiezen, moet u een kleine toeslag van € 1,49 betalen.\n\nKlik hier: http://pakket-nieuwe-bezorging.test\n\n"
          "Met vriendelijke groet,\nBezorgservice")),
        ("Guest post collaboration",
         ("Hi {name},\n\nI'm reaching out from a content agency working with several high-authority blogs. We'd love to "
          "publish a sponsored article on your site with a dofollow link to our client.\n\nWe pay 50 per post, or we can "
          "offer link exchanges on our network of 300+ sites.\n\nLet me know if you're interested and I'll send over "
          "topics.\n\nCheers,\nAmanda\nOutreach Manager")),
        ("Your login code: {code} - unusual login detected",
         ("Someone logged into your wallet from an unrecognised country.\n\nIf this wasn't you, click here to cancel the "
          "login and secure your funds immediately:\nhttp://secure-wallet-cancel.test/stop?code={code}\n\n"
          "If you do nothing within {mins} minutes, your balance will be transferred.")),
        ("Oportunidade única de investimento",
         ("Olá,\n\nDescubra como milhares de pessoas estão a ganhar mais de 1.000 € por dia com a nova plataforma de "
          "criptomoedas. Sem experiência necessária.\n\nRegiste-se agora e receba um bónus de 250 €: "
          "http://cripto-lucro-rapido.test\n\nVagas limitadas!")),
        ("Order Confirmation {order} - {amount} USD",
         ("Thank you for your purchase!\n\nOrder: {order}\nItem: {product} (x3)\nTotal: {amount} USD\n\n"
          "If you did NOT place this order, click below to cancel and request a refund within 24 hours:\n\n"
          "http://order-cancel-refund.test/{ticket}\n\nCustomer Protection Team")),
        ("Charity donation from a dying widow",
         ("Dearest one,\n\nI am Mrs. Helena Voss-Marigold, a widow suffering from a terminal illness. I have 4.2 million "
          "dollars deposited in a bank and I want to donate it to an honest person for charity work.\n\nPlease reply "
          "urgently with your details so my lawyer can contact you.\n\nRemain blessed,\nMrs. Helena")),
        ("{name}, your reward is waiting",
         ("You've been chosen to receive an exclusive 100 gift card!\n\nJust answer 3 quick questions about your shopping "
          "experience to claim it.\n\n>> Claim now: http://reward-center-claim.test/?u={ticket}\n\nOnly 5 rewards left "
          "today.\n\nThis promotion is not affiliated with any retailer.")),
        ("Dopłata do przesyłki",
         ("Twoja paczka oczekuje na dostawę. Wymagana jest dopłata 2,99 zł za przekroczenie wagi.\n\n"
          "Zapłać teraz: http://doplata-paczka.test/pl\n\nW przeciwnym razie przesyłka zostanie zwrócona.")),
        ("I know your password",
         ("I'm going to be direct. I have access to your device and I've been watching you for months. I have recordings "
          "you wouldn't want your contacts to see.\n\nTransfer 1,200 in crypto to the wallet below within 48 hours and "
          "I'll delete everything. If not, everyone on your contact list gets the videos.\n\n"
          "Wallet: not-a-real-wallet-{ticket}\n\nDon't reply to this email. I'll know when you've paid.")),
        ("Lose 12 kg in 3 weeks without diet!!",
         ("Doctors HATE this one weird trick!\n\nThis natural capsule melts belly fat while you sleep. No exercise, no "
          "dieting.\n\n>> ORDER NOW with 70% OFF: http://slim-miracle-caps.test <<\n\nLimited stock. Results may vary.")),
        ("Ditt konto kommer att stängas",
         ("Hej,\n\nVi har upptäckt misstänkt aktivitet på ditt konto. Om du inte verifierar dina uppgifter inom 24 timmar "
          "kommer kontot att stängas permanent.\n\nVerifiera här: http://konto-verifiering.test\n\n"
          "Med vänliga hälsningar\nSäkerhetsteamet")),
        ("Password expires today",
         ("Your email password expires today.\n\nTo keep using your current password, click KEEP SAME PASSWORD below:\n\n"
          "[ KEEP SAME PASSWORD ] http://webmail-password-keep.test/?u={name}\n\nSystem Administrator")),
        ("Pre-approved business loan up to 250,000",
         ("Hi {name},\n\nGood news! Your business has been pre-approved for funding up to 250,000 with no credit check "
          "and same-day deposit.\n\nClaim your offer: http://fast-biz-capital.test/apply\n\nThis offer expires {date}.\n\n"
          "To stop receiving these offers, reply with 'no'.")),
        ("【重要】アカウント情報の確認のお願い",
         ("いつもご利用いただきありがとうございます。\n\nお客様のアカウントに不正なアクセスが検出されたため、一時的に利用を制限しております。\n\n"
          "24時間以内に以下のURLより本人確認を行ってください。確認が取れない場合、アカウントは永久に停止されます。\n\n"
          "http://account-kakunin.test/login\n\n※本メールは送信専用です。")),
        ("{name} shared 'Payment_Details_Q3.pdf' with you",
         ("You have received a secure document.\n\nPayment_Details_Q3.pdf (2 pages)\n\nOpen document: "
          "http://docs-secure-share.test/view?id={ticket}\n\nYou will be asked to sign in with your email account and "
          "password to view it.\n\nThis link expires in 24 hours.")),
        ("Gold prices are about to EXPLODE",
         ("Financial insiders are quietly moving their savings into gold before the coming crash. Find out the 3 steps "
          "they're taking, free report inside.\n\nGet the report: http://gold-insider-report.test\n\nThis is not "
          "financial advice. You received this because your email is on our partner list.")),
        ("Hesabınız askıya alındı",
         ("Sayın müşterimiz,\n\nHesabınızda olağandışı bir işlem tespit edildi. Hesabınızı yeniden etkinleştirmek için "
          "lütfen aşağıdaki bağlantıdan bilgilerinizi doğrulayın:\n\nhttp://hesap-dogrulama.test\n\n24 saat içinde işlem "
          "yapılmazsa hesabınız kapatılacaktır.")),
        ("Domain expiration notice: {host}.example",
         ("DOMAIN NAME: {host}.example\nEXPIRATION DATE: {date}\n\nAttn: Domain Owner\n\nYour search engine listing for "
          "this domain will expire. Failure to renew by the expiration date may result in the loss of online "
          "visibility.\n\nRenew now for {amount}: http://domain-listing-services.test/renew\n\nThis is not a bill. This "
          "is an optional offer for search engine submission services.")),
        ("恭喜您获得幸运大奖",
         ("尊敬的用户：\n\n恭喜您在本次周年庆抽奖活动中被选为一等奖获得者，奖金人民币88,000元！\n\n请于24小时内点击以下链接填写您的银行卡信息以便领取奖金：\n"
          "http://lingjiang-zhongxin.test\n\n逾期视为自动放弃。\n\n活动组委会")),
        ("WARNING: Virus detected on your device",
         ("WARNING: Our scan has detected 5 viruses on your device. Your personal data and banking information are at "
          "risk.\n\nRemove them now with PC SafeKeeper: http://pc-safekeeper-scan.test\n\nIf you ignore this message, "
          "your device may be permanently damaged.")),
        ("Website redesign?",
         ("Hello,\n\nI came across your website and noticed it's not mobile-friendly and loads slowly. We are a team of "
          "50+ developers offering website redesign at very affordable prices.\n\nReply with 'YES' and I'll send you our "
          "portfolio and pricing.\n\nThanks,\nRicky\nBusiness Development Executive\n\nIf you are not interested, reply "
          "'No' to unsubscribe.")),
        ("Aviso: actividad inusual en su tarjeta",
         ("Estimado cliente:\n\nHemos bloqueado temporalmente su tarjeta por un cargo sospechoso de {amount} €. Si no "
          "reconoce esta operación, verifique su identidad de inmediato introduciendo los datos de su tarjeta aquí:\n\n"
          "http://banca-verificacion-segura.test\n\nDepartamento de Seguridad")),
        ("Your loyalty reward is ready",
         ("Dear valued customer,\n\nAs a thank-you for being with us for 5 years, you are eligible for a free {product}. "
          "Just pay 2.00 for delivery.\n\nClaim here before {date}: http://loyalty-gift-center.test/claim\n\n"
          "Customer Appreciation Team")),
        ("Guadagna da casa con il trading automatico",
         ("Ciao,\n\nsai che puoi guadagnare fino a 800 € al giorno con il nostro robot di trading? Nessuna esperienza "
          "richiesta.\n\nIscriviti ora: http://trading-facile-ai.test\n\nPosti limitati!")),
        ("Quick favour",
         ("Hi {name},\n\nAre you at your desk? I need you to handle something for me discreetly. I'm in a meeting and "
          "can't talk. I need 6 gift cards of 100 each for a client; I'll reimburse you today. Buy them, scratch the "
          "codes and send me photos. Let me know and I'll tell you which ones.\n\nSent from my phone")),
        ("Refund Approved: {amount}",
         ("Hello,\n\nYour refund of {amount} has been approved. To receive the funds, please confirm your card details on "
          "our secure refund page:\n\nhttp://refund-secure-process.test/claim?ref={ticket}\n\nRefunds not claimed within "
          "48 hours will be cancelled.\n\nBilling Support")),
        ("Gratulacje! Zostałeś wybrany",
         ("Gratulujemy! Twój adres e-mail został wylosowany w naszej loterii. Wygrałeś nowy {product}!\n\n"
          "Aby odebrać nagrodę, kliknij: http://nagroda-odbior.test\n\nOferta ważna tylko dziś.")),
        ("You have 1 new voicemail (0:42)",
         ("New voicemail message\n\nFrom: Unknown caller\nDuration: 0:42\nReceived: {date}\n\n"
          "Play message: http://voice-message-portal.test/play?id={ticket}\n\nLog in with your email password to listen.")),
        ("Geschäftsvorschlag",
         ("Sehr geehrte Damen und Herren,\n\nich bin Bankdirektor und habe ein ruhendes Konto mit 7,3 Millionen Euro "
          "entdeckt, dessen Inhaber verstorben ist. Ich benötige einen ausländischen Partner, um die Summe zu "
          "transferieren. Sie erhalten 40 %.\n\nBitte antworten Sie vertraulich mit Ihren vollständigen Kontaktdaten.\n\n"
          "Hochachtungsvoll\nDr. Martin Eze-Holloway")),
        ("Payment declined: your photos will be deleted",
         ("Your cloud storage subscription could not be renewed because your payment method was declined.\n\nAll your "
          "photos and videos will be deleted on {date}.\n\nUpdate your payment details now to keep them: "
          "http://cloud-storage-billing.test/update\n\nCloud Support")),
        ("Augmentez le trafic de votre site",
         ("Bonjour,\n\nNous proposons des campagnes de référencement garanties : 10 000 visiteurs par mois sur votre site "
          "pour seulement 49 €.\n\nRésultats en 7 jours ou remboursé.\n\nRépondez à ce message pour recevoir une offre "
          "personnalisée.\n\nCordialement,\nService Commercial")),
        ("re: your payment",
         "see attached invoice pls confirm asap\n\nhttp://file-share-docs.test/inv{ticket}.zip"),
        ("This tiny stock could 10x by Friday",
         ("ALERT: ticker VXRQ is about to announce a major partnership. Insiders are buying NOW.\n\nCurrent price: 0.04\n"
          "Target: 0.45\n\nDon't say we didn't tell you.\n\nThis newsletter is paid for by a third-party shareholder.")),
        ("Action required: confirm your account details",
         ("Dear Valued Member,\n\nOur records show that your account details are out of date. To avoid interruption of "
          "service, please confirm your name, date of birth and card number within 12 hours.\n\n"
          "Update details: http://member-details-update.test/secure\n\nWe apologise for any inconvenience.\n"
          "Member Services Team")),
        ("Your package is on hold",
         ("Your package {track} is on hold at our depot due to an incomplete address.\n\nTo release it, confirm your "
          "address and pay the redelivery fee of 0.99:\n\nhttp://parcel-redelivery-center.test/confirm\n\n"
          "Unclaimed packages are destroyed after 3 days.")),
        ("Security code for your account: {code}",
         ("Your security code is {code}.\n\nIf you did NOT request this code, your account is being accessed by someone "
          "else. Cancel the request immediately by entering your card number and PIN at:\n\n"
          "http://cancel-request-now.test/verify\n\nAccount Protection Center")),
        ("RE: Unpaid invoice",
         ("Hi,\n\nWe still haven't received payment for the attached invoice. Kindly review it and process today to avoid "
          "suspension of services.\n\nInvoice_{ticket}.zip: http://secure-file-transfer.test/d/{ticket}\n\n"
          "Thanks & regards\nFinance Dept.")),
        ("Boost your performance tonight",
         ("Men over 40: the natural formula everyone is whispering about. Stronger, longer, more confident. No doctor "
          "visit needed.\n\nDiscreet packaging: http://vital-max-order.test\n\nOffer ends today!")),
        ("Link insertion request",
         ("Hello,\n\nI came across your article about home gardening and loved it. Would you be open to adding a link "
          "to our client's site in that post? We're happy to pay 80 per link, and can send 10+ more requests every "
          "month.\n\nLooking forward to your rates.\n\nKind regards,\nSophia\nLink Building Team")),
    ],
    "bounce": [
        ("Undelivered Mail Returned to Sender",
         ("This is the mail system at host mx1.relay.example.\n\nI'm sorry to have to inform you that your message could "
          "not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail "
          "to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the "
          "attached returned message.\n\n                   The mail system\n\n<{name}.{last}@{host}.example>: host "
          "{host}.example[192.0.2.17] said: 550 5.1.1\n    User unknown (in reply to RCPT TO command)")),
        ("Delivery Status Notification (Failure)",
         ("Address not found\n\nYour message wasn't delivered to {name}@{host}.test because the address couldn't be "
          "found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
          "550 5.1.1 The email account that you tried to reach does not exist.")),
        ("Unzustellbar: Ihre Nachricht",
         ("Ihre Nachricht konnte an folgende Empfänger nicht übermittelt werden:\n\n{name}.{last}@firma.example\n\n"
          "Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie es später "
          "erneut, oder wenden Sie sich auf anderem Weg an den Empfänger.\n\nDiagnoseinformationen für Administratoren:\n"
          "Generierender Server: mail.firma.example\nRemote Server returned '552 5.2.2 Mailbox full'")),
        ("Mail delivery failed: returning message to sender",
         ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
          "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
          "  {name}@{host}.example\n    host mx.{host}.example [198.51.100.23]\n    SMTP error from remote mail server "
          "after RCPT TO:<{name}@{host}.example>:\n    552 5.2.2 Mailbox quota exceeded\n\n"
          "------ This is a copy of the message, including all the headers. ------\n\n"
          "Return-path: <{last}@sender.example>\nSubject: Re: invoice {ticket}")),
        ("Delivery Status Notification (Delay)",
         ("This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n"
          "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed:\n\n"
          "     {name}.{last}@{host}.example\n\nThe server will keep trying for 4 more days.\n\n"
          "Reason: 421 4.7.0 Try again later, closing connection.")),
        ("Échec de la remise du message",
         ("Le message n'a pas pu être remis aux destinataires suivants :\n\n{name}@{host}.example\n"
          "Le serveur de destination a refusé le message.\n\nCode d'erreur : 550 5.7.1 Message rejeté comme spam par le "
          "filtre de contenu.\n\nServeur : mx2.{host}.example")),
        ("Undeliverable: Meeting notes",
         ("Delivery has failed to these recipients or groups:\n\n{name} {last} ({name}.{last}@corp.example)\n"
          "The email address you entered couldn't be found. Please check the recipient's email address and try to "
          "resend the message. If the problem continues, please contact your helpdesk.\n\n"
          "Diagnostic information for administrators:\n\nGenerating server: mail01.corp.example\n\n"
          "{name}.{last}@corp.example\nRemote Server returned '550 5.1.10 Recipient not found by SMTP address lookup'\n\n"
          "Original message headers:\n\nReceived: from mail02.corp.example (10.0.0.12) by mail01.corp.example\n"
          "Date: {date}\nMessage-ID: <{ticket}@corp.example>")),
        ("failure notice",
         ("Hi. This is the mail delivery program at mail.{host}.example.\nI'm afraid I wasn't able to deliver your "
          "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
          "<{last}@{host}.example>:\nSorry, no mailbox here by that name. (#5.1.1)")),
        ("No se puede entregar: mensaje devuelto",
         ("No se ha podido entregar el mensaje a los siguientes destinatarios:\n\n{name}.{last}@empresa.example\n\n"
          "Motivo: el dominio no existe (NXDOMAIN).\n\nEste es un mensaje generado automáticamente por el sistema de "
          "correo. No responda.")),
        ("Returned mail: see transcript for details",
         ("The original message was received at {date} 10:41:07 +0000\nfrom relay.sender.example [203.0.113.9]\n\n"
          "   ----- The following addresses had permanent fatal errors -----\n<{name}@{host}.test>\n"
          "    (reason: 550 Host unknown)\n\n   ----- Transcript of session follows -----\n"
          "550 5.1.2 <{name}@{host}.test>... Host unknown (Name server: {host}.test: host not found)")),
        ("Message blocked",
         ("Your message to {name}@{host}.example has been blocked by the recipient's mail server.\n\n"
          "Reason: 554 5.7.1 Sender address rejected: access denied by policy (SPF fail).\n\n"
          "If you believe this is an error, ask your email administrator to check your domain's SPF record.")),
        ("配信エラー：メールを送信できませんでした",
         ("以下の宛先にメールを配信できませんでした。\n\n宛先：{name}@{host}.example\n"
          "理由：宛先のメールアドレスが存在しません（550 5.1.1 User unknown）\n\n宛先のメールアドレスをご確認のうえ、再度送信してください。\n\n"
          "※このメールはシステムにより自動送信されています。")),
        ("Undeliverable: message size exceeds limit",
         ("Your message to {name}@{host}.example couldn't be delivered.\n\nThe message is 38 MB, which exceeds the "
          "recipient's maximum message size of 25 MB. Try sending the attachments as a link instead, or split them "
          "across several emails.\n\n552 5.3.4 Message size exceeds fixed maximum message size")),
        ("Mancato recapito del messaggio",
         ("Il messaggio non è stato recapitato al seguente indirizzo:\n\n{name}.{last}@azienda.example\n\n"
          "Errore permanente: la casella di posta del destinatario non esiste.\n\n"
          "Questo è un messaggio generato automaticamente dal server di posta.")),
        ("Delivery failure: you do not have permission to post",
         ("Your message to team-all@{host}.example was not delivered.\n\nYou're not allowed to send messages to this "
          "group. Only members of the organisation can post. Contact the group owner if you think this is a mistake.\n\n"
          "550 5.7.1 Sender not authorized")),
        ("Mail delivery failed: giving up after 5 days",
         ("Your message could not be delivered to {name}@{host}.example.\n\nThe destination server did not accept the "
          "connection for 5 days, so delivery has been abandoned.\n\nLast error: connection timed out to "
          "mx.{host}.example\n\nOriginal message:\nFrom: {last}@sender.example\nDate: {date}\n"
          "Subject: Order {order}, quick question")),
        ("Onbestelbaar: uw bericht",
         ("Uw bericht kon niet worden afgeleverd bij:\n\n{name}@{host}.example\n\nHet e-mailadres bestaat niet of is niet "
          "langer in gebruik.\n\nServer: mx.{host}.example\nFoutcode: 550 5.1.1\n\n"
          "Dit is een automatisch bericht van het mailsysteem.")),
        ("Undelivered message: rejected as spam",
         ("The following message to <{last}@{host}.example> was rejected because it appears to contain unsolicited "
          "content.\n\nRemote server said: 550 5.7.1 Message content rejected\n\n"
          "Please contact the recipient by other means.")),
        ("Falha na entrega da mensagem",
         ("Não foi possível entregar a sua mensagem a {name}@{host}.example.\n\nO servidor de destino respondeu:\n"
          "550 5.1.1 Endereço de destinatário rejeitado: utilizador desconhecido\n\nEsta é uma mensagem automática.")),
        ("Returned mail: User unknown",
         ("----- Transcript of session follows -----\n... while talking to mx.{host}.example.:\n"
          ">>> RCPT To:<{name}.{last}@{host}.example>\n<<< 550 5.1.1 No such user here\n"
          "550 5.1.1 <{name}.{last}@{host}.example>... User unknown")),
        ("退信通知：邮件无法送达",
         "很抱歉，您发送的邮件未能送达以下收件人：\n\n{name}@{host}.example\n\n原因：收件人邮箱不存在。\n\n此邮件由系统自动发送，请勿回复。"),
    ],
    "auto_reply": [
        ("Out of office: {subject}",
         ("Hello,\n\nI'm currently on leave and will return on {date}. I will have no access to email during this time.\n\n"
          "For urgent matters, please contact my colleague {name} {last} at {name}.{last}@office.example.\n\n"
          "Thank you,\nHarriet Lindqvist")),
        ("Automatic reply: {subject}",
         ("Thanks for your email. I'm at a conference this week with limited access to email. I'll reply when I'm back "
          "on {date}.")),
        ("Abwesenheitsnotiz: {subject}",
         ("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich {date} nicht im Büro und habe keinen Zugriff auf "
          "meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an "
          "{name} {last}.\n\nMit freundlichen Grüßen\nStefan Kuhlmann")),
        ("We've received your request [#{ticket}]",
         ("Hi {name},\n\nThis is an automatic confirmation that we've received your message ('{subject}'). A member of our "
          "team will reply within one business day.\n\nYour reference number is #{ticket}. Please keep it in the subject "
          "line if you write to us again.\n\n{co} Support\n(This is an automated message.)")),
        ("Re: {subject}",
         ("Hi there,\n\nI'm on parental leave until {date} and won't be checking email. For anything related to the "
          "{repo} project please reach out to {name} {last}; for everything else, the team inbox is monitored daily.\n\n"
          "Thanks for understanding!")),
        ("Réponse automatique : {subject}",
         ("Bonjour,\n\nJe suis absent du bureau jusqu'au {date} inclus, avec un accès limité à ma messagerie. Pour toute "
          "demande urgente, merci de contacter {name} {last}.\n\nCordialement")),
        ("Away: {subject}",
         "Away until Monday. Will reply then."),
        ("Automatic reply: {subject}",
         ("Please note that my email address has changed and this mailbox is no longer monitored.\n\nPlease resend your "
          "message to {name}.{last}@newdomain.example and update your address book.\n\nThank you.")),
        ("Respuesta automática: {subject}",
         ("Gracias por tu mensaje. Estoy de vacaciones hasta el {date} sin acceso al correo. Si es urgente, escribe a "
          "{name} {last}.\n\nUn saludo")),
        ("Thanks for contacting {co}!",
         ("Thanks for getting in touch! We're a small team and answer emails Monday to Friday, 9am to 5pm. You'll hear "
          "back from us within 2 working days.\n\nIn the meantime, many common questions (delivery times, returns, "
          "sizing) are answered at {link}/faq.\n\nThis is an automatic reply, no need to respond.")),
        ("自動返信：{subject}",
         ("お問い合わせいただきありがとうございます。\n\n誠に勝手ながら、{date}まで夏季休業とさせていただいております。\n"
          "いただいたメールには休業明けより順次ご返信いたします。\n\n{co}")),
        ("Out of Office: {subject}",
         ("I am currently out sick and not checking email. I'll respond as soon as I can after I return. For urgent "
          "issues, please contact {name} {last}.")),
        ("Automatisch antwoord: {subject}",
         ("Dank voor je e-mail. Ik ben op vakantie en vanaf {date} weer aanwezig. Je bericht wordt niet doorgestuurd. "
          "Voor dringende zaken kun je terecht bij {name} {last}.\n\nGroet")),
        ("Automatic reply: {subject}",
         ("Thank you for your message. I am in court on {date} and will have limited access to email. If your matter is "
          "urgent, please contact my assistant, {name} {last}, through the main office.\n\nKind regards\n\n"
          "CONFIDENTIALITY NOTICE: This email and any attachments may contain privileged and confidential information "
          "intended only for the named recipient. If you have received it in error, please notify the sender and "
          "delete it.")),
        ("Risposta automatica: {subject}",
         ("Grazie per il messaggio. Sarò fuori ufficio fino al {date} con accesso limitato alla posta. Per urgenze "
          "contattare {name} {last}.\n\nCordiali saluti")),
        ("Auto-response: this address is not monitored",
         ("Thank you for your email. This address only sends notifications and does not receive replies. Your message "
          "about '{subject}' has not been read.\n\nTo reach our team, use the contact form at {link}/contact.")),
        ("Odpowiedź automatyczna: {subject}",
         ("Dzień dobry,\n\ndziękuję za wiadomość. Do {date} przebywam na urlopie. W pilnych sprawach proszę o kontakt z "
          "{name} {last}.\n\nPozdrawiam")),
        ("Out of office: travelling",
         ("Hi! I'm travelling until {date} with a patchy connection and will catch up on email when I'm back. If it's "
          "about an invoice or an order, please copy accounts@shop.example so nothing gets missed.")),
        ("Re: {subject}",
         ("Thank you for emailing the school office. The office is closed for the half-term break and will reopen on "
          "{date}. To report an absence, please use the parent app.")),
        ("Resposta automática: {subject}",
         "Olá! Estou de férias até {date}. Responderei à sua mensagem quando regressar. Obrigado!"),
        ("Frånvaro: {subject}",
         ("Hej,\n\nJag är föräldraledig till och med {date} och läser inte min e-post. Kontakta {name} {last} i "
          "brådskande ärenden.\n\nVänliga hälsningar")),
        ("Automatic reply: {subject}",
         ("Hi, thanks for your note. I'm out of the office today and tomorrow at an offsite. I'll be back at my desk on "
          "{date} and will reply then.\n\n{name}")),
        ("Otomatik yanıt: {subject}",
         ("Merhaba,\n\n{date} tarihine kadar izindeyim ve e-postalarımı kontrol edemeyeceğim. Acil durumlarda lütfen "
          "{name} {last} ile iletişime geçin.\n\nTeşekkürler")),
    ],
}
