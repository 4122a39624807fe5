"""Seventh independent author's synthetic email templates for the category classifier.

Written from scratch (without looking at the other template sets) to measure how
well the classifier generalizes to a different author's phrasing.  It aims at the
hardest boundaries an inbox agent meets:

* spam and phishing that imitate receipts, codes, delivery notices and sign-in
  alerts versus the real transactional / verification / notification mail;
* personal mail (family, friends, colleagues, mailing lists) that mentions
  orders, invoices, codes, links and refunds versus strangers' spam;
* helpdesk conversations versus personal mail, transactional records and
  auto-acknowledgements;
* bounce delay warnings ("still trying") versus notifications and auto-replies;
* transactional mail in unusual shapes (donations, utility bills, tax and rent
  receipts, marketplace payouts, payslips, tolls, parking, tuition, travel).

About a third of every list is not in English (22 languages), and sub-kinds and
languages are interleaved so that each appears at every position modulo 4.
Everything is fictional: invented people and companies, .example/.test domains,
all-zero phone numbers and documentation IP ranges.
"""

from __future__ import annotations

_VERIFICATION: list[tuple[str, str]] = [
    # 0 otp (en)
    ("Your {co} verification code is {code}",
     "Hi {name},\n\nUse the code below to finish signing in to {co}:\n\n    {code}\n\nThis code expires in {mins} minutes. If you didn't try to sign in, you can ignore this email - someone may have typed your address by mistake.\n\nThanks,\nThe {co} team"),
    # 1 magic link (de)
    ("Ihr Anmeldelink für {co}",
     "Hallo {name},\n\nklicken Sie auf den folgenden Link, um sich bei {co} anzumelden:\n\n{link}\n\nDer Link ist {mins} Minuten gültig und kann nur einmal verwendet werden. Falls Sie keine Anmeldung angefordert haben, können Sie diese E-Mail ignorieren.\n\nViele Grüße\nIhr {co}-Team"),
    # 2 confirm email (en)
    ("Confirm your email for {co}",
     "Welcome aboard, {name}!\n\nBefore you can start using {product}, we need to make sure this address belongs to you. Tap the button below to confirm:\n\n[ Confirm email ]  {link}\n\nThe link stays valid for 24 hours. Didn't create an account? No action is needed; the account will not be activated.\n\n--\n{co} Inc. - 1 Example Plaza - You are receiving this one-time message because someone signed up with this address."),
    # 3 password reset (en)
    ("Reset your password",
     "Someone (hopefully you) asked to reset the password for the {co} account linked to this email.\n\nReset it here: {link}\n\nFor your security this link expires in {mins} minutes. If you didn't request a reset, your password is unchanged and you can safely delete this message."),
    # 4 2fa (en)
    ("{code} is your {co} two-step verification code",
     "{code}\n\nEnter this code on the screen where you are setting up two-step verification for {co}. Never share it with anyone, including people claiming to be from {co} support."),
    # 5 device approval (en)
    ("Approve sign-in from a new device?",
     "Hi {name},\n\nWe noticed a sign-in attempt to your {co} account from a device we don't recognise:\n\n  Device:   Desktop browser\n  Location: near Springfield (approximate)\n  IP:       203.0.113.42\n  Time:     {date}, 09:14\n\nIf this was you, approve the device: {link}\n\nIf it wasn't you, don't click anything. The sign-in stays blocked and we recommend changing your password.\n\n{co} Account Security"),
    # 6 activation (fr)
    ("Activez votre compte {co}",
     "Bonjour {name},\n\nMerci pour votre inscription sur {co}. Pour activer votre compte, saisissez le code d'activation suivant :\n\n{code}\n\nou cliquez sur ce lien : {link}\n\nCe code est valable {mins} minutes.\n\nÀ bientôt,\nL'équipe {co}\n\nCet e-mail a été envoyé automatiquement, merci de ne pas y répondre."),
    # 7 otp one-liner (en)
    ("Login code: {code}",
     "Your {co} login code: {code}. Valid for {mins} min. Don't share it."),
    # 8 magic link (es)
    ("Tu enlace para iniciar sesión en {co}",
     "Hola {name}:\n\nHaz clic aquí para entrar en tu cuenta de {co}:\n{link}\n\nEl enlace caduca en {mins} minutos. Si no fuiste tú, ignora este mensaje; nadie podrá acceder sin este enlace.\n\nEl equipo de {co}"),
    # 9 double opt-in confirm (en)
    ("Please confirm your subscription",
     "Hi,\n\nYou (or someone using this address) asked to receive updates from {co}. To confirm that this is your address, click:\n\n{link}\n\nIf you didn't ask, just ignore this email; you won't be added to any list."),
    # 10 reset with code (en)
    ("[{co}] Password reset request",
     "Hello {name} {last},\n\nWe received a request to reset the password on your {co} account.\n\nYour reset code is: {code}\n\nEnter it on the reset page within {mins} minutes. After that, you'll need to request a new one.\n\nRequested from IP 198.51.100.23 on {date}.\n\nDidn't request this? Secure your account: {link}\n\n-- {co} Security\n\nThis is a mandatory service email. You cannot unsubscribe from security messages."),
    # 11 2fa (ja)
    ("【{co}】認証コードのお知らせ",
     "{name}様\n\n{co}をご利用いただきありがとうございます。\n二段階認証の確認コードは以下のとおりです。\n\n確認コード：{code}\n有効期限：{mins}分\n\nこのコードを第三者に教えないでください。\nお心当たりのない場合は、このメールを破棄してください。\n\n※本メールは送信専用です。ご返信いただいてもお答えできません。\n――――――――――\n{co} カスタマーサポート"),
    # 12 device approval (pt)
    ("Novo dispositivo tentando acessar sua conta",
     "Olá, {name}.\n\nDetectamos uma tentativa de acesso à sua conta {co} a partir de um novo dispositivo (navegador no computador, IP 192.0.2.77).\n\nSe foi você, confirme com o código {code} ou pelo link abaixo:\n{link}\n\nSe não reconhece este acesso, não compartilhe o código e altere sua senha.\n\nAtenciosamente,\nEquipe {co}"),
    # 13 email change (en)
    ("Confirm your new email address",
     "Hi {name},\n\nYou recently asked to change the email address on your {co} account. To finish the change, confirm this new address:\n\n{link}\n\nUntil you confirm, we'll keep sending messages to your old address. The link expires on {date}.\n\nThanks,\n{co} Accounts"),
    # 14 bank otp (en)
    ("One-time passcode for your {co} transaction",
     "Dear customer,\n\nYour one-time passcode (OTP) is {code}. It is valid for {mins} minutes and can be used only once to approve the online payment you are making.\n\n{co} will NEVER call or email you to ask for this code. Do not disclose it to anyone.\n\nThis is a system generated email, please do not reply.\n\n{co} Bank - Customer Care 000-000-0000"),
    # 15 magic link workspace (en)
    ("Sign in to {co}",
     "Click the link below to sign in to your {co} workspace.\n\n{link}\n\nThis link will expire in {mins} minutes and can only be used once.\n\nIf you're on a different device, you can also enter this code: {code}"),
    # 16 verify email dev platform (en)
    ("Verify your email to finish setting up {product}",
     "Almost done! Verify your email address to start deploying with {product}.\n\nVerification code: {code}\n\nOr open: {link}\n\nWhy are we asking? Verifying your email helps us keep your account secure and lets us reach you about deploys and billing.\n\n{co}, 500 Example Street, Suite 100"),
    # 17 password reset (ru)
    ("Восстановление пароля {co}",
     "Здравствуйте, {name}!\n\nМы получили запрос на сброс пароля для вашей учётной записи {co}.\n\nЧтобы задать новый пароль, перейдите по ссылке:\n{link}\n\nСсылка действительна {mins} минут. Если вы не запрашивали сброс пароля, просто проигнорируйте это письмо — ваш пароль останется прежним.\n\nС уважением,\nслужба поддержки {co}"),
    # 18 email 2fa (en)
    ("Security code",
     "{co}: {code} is your security code. It expires in {mins} minutes.\n\nYou're receiving this because email is selected as your two-factor method. To switch to an authenticator app, visit your security settings."),
    # 19 device approval (it)
    ("Conferma il nuovo accesso a {co}",
     "Ciao {name},\n\nè stato effettuato un tentativo di accesso al tuo account da un dispositivo non riconosciuto:\n\n• Dispositivo: smartphone (app mobile)\n• Luogo approssimativo: Milano, IT\n• Data: {date}\n\nSe sei stato tu, conferma l'accesso qui: {link}\n\nSe non sei stato tu, ignora questa email e cambia subito la password.\n\nIl team di {co}"),
    # 20 domain ownership (en)
    ("Action required: verify your sending domain",
     "Hi {name},\n\nTo start sending from your domain with {product}, add this DNS TXT record and then click Verify:\n\n  Host:  _verify\n  Type:  TXT\n  Value: site-verification={code}\n\nVerify here: {link}\n\nDNS changes can take up to 48 hours to propagate. Unverified domains are removed after 7 days.\n\n-- {co} Deliverability"),
    # 21 otp casual (en)
    ("Your code: {code}",
     "Here's your code to log in to {product}: {code}\n\nIt's good for {mins} minutes.\n\nHappy building!\n{co}"),
    # 22 magic link (nl)
    ("Je inloglink voor {co}",
     "Hoi {name},\n\nJe hebt gevraagd om in te loggen zonder wachtwoord. Gebruik deze link:\n\n{link}\n\nDe link verloopt over {mins} minuten. Heb je dit niet aangevraagd? Dan kun je deze e-mail negeren.\n\nGroeten,\nTeam {co}"),
    # 23 confirm email marketplace (en)
    ("Action needed: confirm your email",
     "Hello {name},\n\nThanks for joining {co}! Please confirm your email address so buyers can contact you and you can receive payouts.\n\nConfirm my email: {link}\n\nYour confirmation code (if the button doesn't work): {code}\n\nQuestions? Visit our Help Centre.\n\n(c) {co}. All rights reserved."),
    # 24 reset short (en)
    ("Password reset",
     "Hi {name}, use this link to choose a new password: {link} (expires in {mins} min). Not you? Ignore this email."),
    # 25 disable 2fa confirm (en)
    ("Confirm: turn off two-factor authentication",
     "Hi {name},\n\nA request was made to turn off two-factor authentication on your {co} account. To confirm it's you, enter this code:\n\n{code}\n\nIf you didn't make this request, your account may be at risk. Do NOT enter the code and reset your password right away.\n\n{co} Trust & Safety"),
    # 26 number matching (en)
    ("Is this you signing in?",
     "We need to confirm a sign-in to {co} from a new browser.\n\nApproval number: {code}\nExpires: in {mins} minutes\n\nOpen the {co} Authenticator app on your phone and tap the matching number, or approve here: {link}\n\nIf you didn't try to sign in, tap Deny and contact your IT administrator.\n\nSent by {co} Identity on behalf of your organisation."),
    # 27 activation (pl)
    ("Aktywacja konta w serwisie {co}",
     "Dzień dobry {name},\n\ndziękujemy za założenie konta w serwisie {co}. Aby je aktywować, kliknij w poniższy link:\n\n{link}\n\nLink jest ważny przez 24 godziny. Jeżeli to nie Ty zakładałeś konto, zignoruj tę wiadomość.\n\nPozdrawiamy,\nZespół {co}\n\nWiadomość wygenerowana automatycznie — prosimy na nią nie odpowiadać."),
    # 28 otp (zh)
    ("【{co}】您的验证码",
     "尊敬的{name}：\n\n您的验证码为：{code}\n\n验证码{mins}分钟内有效，请勿泄露给他人。如非本人操作，请忽略本邮件。\n\n{co}团队\n（此邮件由系统自动发送，请勿直接回复）"),
    # 29 magic link app (en)
    ("Your magic link is here ✨",
     "Tap to sign in to {product} on this device:\n\n{link}\n\nFor security, open it on the same phone or computer where you requested it. Expires in {mins} minutes.\n\nNeed help? Reply to this email and a human will get back to you."),
    # 30 confirm email (ko)
    ("[{co}] 이메일 주소 인증을 완료해 주세요",
     "{name}님, 안녕하세요.\n\n{co} 회원가입을 환영합니다. 아래 인증번호를 입력하여 이메일 인증을 완료해 주세요.\n\n인증번호: {code}\n\n인증번호는 {mins}분 동안 유효합니다.\n본인이 요청하지 않았다면 이 메일을 무시하셔도 됩니다.\n\n감사합니다.\n{co} 드림"),
    # 31 reset long w/ legal (en)
    ("Reset your {co} password",
     "Hi {name},\n\nWe got a request to reset your {co} password.\n\n    Reset password -> {link}\n\nThis link expires in {mins} minutes. After that you can request a new one from the sign-in page.\n\nIf you ignore this message, your password will not be changed. If you didn't request a reset, let us know by replying to this email.\n\nTip: use a password manager and a password you don't use anywhere else.\n\n--\nThis message was sent to you because a password reset was requested for your account. {co} Ltd, registered office 10 Sample Road, Exampletown. Registered in England and Wales No. 00000000. See our privacy policy for how we handle your data."),
    # 32 phone verify (en)
    ("Verify your phone number",
     "Hi {name},\n\nYou added a phone number to your {co} account for two-step sign-in. Enter the code below in the app to verify it:\n\n{code}\n\nThe code expires in {mins} minutes. If you didn't add a number, remove it from Settings > Security and change your password."),
    # 33 device approval (tr)
    ("Yeni cihaz girişini onaylayın",
     "Merhaba {name},\n\n{co} hesabınıza yeni bir cihazdan giriş yapılmaya çalışıldı.\n\nCihaz: Masaüstü tarayıcı\nIP adresi: 198.51.100.8\nTarih: {date}\n\nBu işlemi siz yaptıysanız onay kodunuz: {code}\n\nSiz yapmadıysanız lütfen şifrenizi hemen değiştirin.\n\n{co} Güvenlik Ekibi"),
    # 34 admin-created account activation (en)
    ("Activate your {co} account",
     "Hi {name},\n\nAn account has been created for you at {co} by your administrator. Activate it and set your password:\n\n{link}\n\nActivation code: {code}\nThis invitation expires on {date}.\n\nIf you weren't expecting this, you can ignore this email."),
    # 35 otp boxed (en)
    ("Sign-in verification",
     "VERIFY IT'S YOU\n===============\n\nHi {name},\n\nSomeone is trying to sign in to {co} with your email. If this is you, enter the code:\n\n  +----------+\n  |  {code}  |\n  +----------+\n\nExpires in {mins} minutes.\n\nWhere: Desktop browser (198.51.100.34)\nWhen:  {date}\n\nIf this wasn't you, change your password."),
    # 36 magic link (sv)
    ("Logga in på {co}",
     "Hej {name}!\n\nKlicka på länken för att logga in:\n{link}\n\nLänken är giltig i {mins} minuter och kan bara användas en gång. Om du inte försökte logga in kan du bortse från det här mejlet.\n\nVänliga hälsningar\n{co}"),
    # 37 forum activation (en)
    ("[{co} Community] Please verify your email",
     "Hello {name},\n\nThanks for registering on the {co} Community forums. Your username is {name}{last}.\n\nPlease visit the following link to activate your forum account:\n{link}\n\nUntil verified, you will be able to read posts but not reply.\n\n-- \nThe {co} Community Team"),
    # 38 reset (ar)
    ("إعادة تعيين كلمة المرور",
     "مرحباً {name}،\n\nتلقينا طلباً لإعادة تعيين كلمة المرور الخاصة بحسابك في {co}.\n\nرمز إعادة التعيين: {code}\n\nأو استخدم الرابط التالي:\n{link}\n\nالرمز صالح لمدة {mins} دقيقة. إذا لم تطلب ذلك، يمكنك تجاهل هذه الرسالة.\n\nفريق {co}"),
    # 39 admin 2fa (en)
    ("[{co}] Two-factor code for admin login",
     "Admin console login requested for user {name}.\n\nCode:  {code}\nValid: {mins} minutes\nHost:  {host}\n\nIf you did not initiate this login, contact security immediately."),
    # 40 link a device (en)
    ("Confirm you want to link a new device",
     "Hi {name},\n\nA TV or streaming device is trying to connect to your {co} account. If you're setting it up, enter this code on the screen:\n\n{code}\n\nOr approve from this email: {link}\n\nIf you're not setting up a device, ignore this message - nothing will be linked."),
    # 41 identity verification KYC (en)
    ("Verify your identity to keep using {co}",
     "Hi {name},\n\nTo meet regulatory requirements, we need to verify your identity before {date}. It takes about 5 minutes: you'll need a photo ID and your phone camera.\n\nStart verification in the app or here: {link}\nReference: {code}\n\nUntil verification is complete, withdrawals are paused. Deposits and payments are not affected. We will never ask for your password or card PIN.\n\n{co} Compliance Team"),
    # 42 bare code (en)
    ("Your one-time code",
     "{code}\n\nThis code expires in {mins} minutes."),
    # 43 magic link (uk)
    ("Посилання для входу в {co}",
     "Вітаємо, {name}!\n\nЩоб увійти до облікового запису {co}, натисніть на посилання:\n{link}\n\nПосилання дійсне протягом {mins} хвилин. Якщо ви не намагалися увійти, просто проігноруйте цього листа.\n\nКоманда {co}"),
    # 44 confirm email (id)
    ("Konfirmasi alamat email Anda",
     "Halo {name},\n\nTerima kasih telah mendaftar di {co}. Silakan konfirmasi alamat email Anda dengan mengklik tautan di bawah ini:\n\n{link}\n\nAtau masukkan kode verifikasi berikut: {code}\n\nKode berlaku selama {mins} menit. Abaikan email ini jika Anda tidak merasa mendaftar.\n\nSalam,\nTim {co}"),
    # 45 reset (vi)
    ("Yêu cầu đặt lại mật khẩu",
     "Xin chào {name},\n\nChúng tôi đã nhận được yêu cầu đặt lại mật khẩu cho tài khoản {co} của bạn. Nhấn vào liên kết sau để tạo mật khẩu mới:\n\n{link}\n\nLiên kết có hiệu lực trong {mins} phút. Nếu bạn không yêu cầu, vui lòng bỏ qua email này.\n\nTrân trọng,\nĐội ngũ {co}"),
    # 46 device verification CLI (en)
    ("[{co}] Please verify your device",
     "Hey {name}!\n\nA sign-in attempt requires further verification because we did not recognize your device. To complete the sign in, enter the verification code on the unrecognized device.\n\nDevice: command-line client on {host}\nVerification code: {code}\n\nIf you did not attempt to sign in to your account, your password may be compromised. Visit {link} to create a new, strong password for your {co} account.\n\nThanks,\nThe {co} Team"),
    # 47 was this you (en)
    ("Was this you?",
     "New login to {co} from Lisbon, PT on the mobile app.\n\nYes, it was me: {link}\nNo, secure my account: {link}\n\nThe login won't complete until you approve."),
    # 48 re-confirm ownership (en)
    ("Confirm your account is still active",
     "Hi {name},\n\nWe haven't seen you on {co} in a while. To keep your username and saved data, please confirm that this email address still belongs to you by {date}:\n\n{link}\n\nIf you don't confirm, the account will be deactivated as described in our terms. We will never ask for payment details or your password in this process."),
    # 49 otp (cs)
    ("Váš ověřovací kód pro {co}",
     "Dobrý den, {name},\n\nváš jednorázový ověřovací kód je: {code}\n\nKód je platný {mins} minut. Nikomu jej nesdělujte – pracovníci {co} vás o něj nikdy nebudou žádat.\n\nS pozdravem\ntým {co}"),
    # 50 magic link parent portal (en)
    ("Your sign-in link for the {co} parent portal",
     "Dear {name} {last},\n\nUse the secure link below to sign in to the parent portal. You can view grades, attendance and messages from teachers.\n\n{link}\n\nThe link expires in {mins} minutes. For assistance, contact the school office.\n\n{co} School District - automated message"),
    # 51 confirm email (hi)
    ("अपना ईमेल पता सत्यापित करें",
     "नमस्ते {name},\n\n{co} पर पंजीकरण के लिए धन्यवाद। अपना ईमेल पता सत्यापित करने के लिए नीचे दिया गया कोड दर्ज करें:\n\n{code}\n\nयह कोड {mins} मिनट तक मान्य है। यदि आपने यह अनुरोध नहीं किया है, तो इस ईमेल को अनदेखा करें।\n\nधन्यवाद,\n{co} टीम"),
    # 52 admin-forced reset (en)
    ("Your administrator has reset your password",
     "Hello {name},\n\nYour {co} administrator has requested a password reset for your account. Please set a new password using the link below before {date}:\n\n{link}\n\nTemporary code: {code}\n\nIf you have questions, contact your IT helpdesk."),
    # 53 passkey confirm (en)
    ("Confirm adding a passkey to your account",
     "Hi {name},\n\nYou're adding a new passkey to your {co} account. Enter this code to confirm:\n\n{code}\n\nThis helps us make sure nobody else is adding sign-in methods to your account. Code expires in {mins} minutes."),
    # 54 device approval (he)
    ("אישור התחברות ממכשיר חדש",
     "שלום {name},\n\nזיהינו ניסיון התחברות לחשבון {co} שלך ממכשיר חדש.\n\nאם זה היית את/ה, הזן/י את הקוד הבא: {code}\n\nהקוד בתוקף ל-{mins} דקות. אם לא ניסית להתחבר, מומלץ לשנות את הסיסמה מיד.\n\nצוות {co}"),
    # 55 government activation (en)
    ("Activate your online account - reference {code}",
     "Dear {name} {last},\n\nThank you for registering for online services with the {co} Licensing Office.\n\nYour activation reference is: {code}\n\nTo finish activating your account, go to {link} and enter the reference together with your date of birth. The reference is valid until {date}.\n\nThis mailbox is not monitored. Do not reply to this email."),
]

_TRANSACTIONAL: list[tuple[str, str]] = [
    # 0 order confirmation (en)
    ("Order confirmation #{order}",
     "Hi {name},\n\nThanks for your order! We're getting it ready.\n\nOrder #{order}\nPlaced on {date}\n\n  1 x {product} ............ {amount}\n  Shipping ................. 0.00\n  ----------------------------------\n  Total .................... {amount}\n\nPaid with card ending 0000.\n\nWe'll email you again when your order ships. You can view your order at {link}.\n\n{co}\nQuestions? Reply to this email or visit our help centre."),
    # 1 shipped (fr)
    ("Votre commande {order} a été expédiée",
     "Bonjour {name},\n\nBonne nouvelle : votre commande n° {order} a été remise au transporteur le {date}.\n\nArticle : {product}\nNuméro de suivi : {track}\nSuivre mon colis : {link}\n\nLivraison estimée sous 2 à 4 jours ouvrés.\n\nMerci pour votre confiance,\nLe service client {co}"),
    # 2 saas invoice (en)
    ("Your {co} invoice for {date}",
     "Hi {name},\n\nHere's your invoice for the {product} plan.\n\nInvoice number:  INV-{order}\nBilling date:    {date}\nAmount:          {amount} USD\nStatus:          Paid\n\nDownload PDF: {link}\n\nThe charge will appear on your statement as {co}*SUBSCRIPTION.\n\nThanks for being a customer!\n\n{co}, Inc.\nVAT ID: XX000000000"),
    # 3 payment failed (en)
    ("Payment failed for your {product} subscription",
     "Hi {name},\n\nWe tried to charge {amount} to your card ending in 0000 for your {product} subscription, but the payment was declined by your bank.\n\nWe'll retry automatically in 3 days. To avoid interruption, you can update your payment method from your account settings:\n{link}\n\nIf you've already updated your details, you can ignore this message.\n\n-- {co} Billing"),
    # 4 flight booking (en)
    ("Booking confirmed: your trip on {date}",
     "Hello {name} {last},\n\nYour booking is confirmed.\n\nBooking reference: {code}\nPassenger:         {last}/{name}\n\nFLIGHT   DATE        FROM          TO            DEP    ARR\nXA 0000  {date}   Springfield   Shelbyville   07:40  09:05\n\nFare total: {amount} EUR (taxes included)\n\nManage your booking: {link}\nOnline check-in opens 24 hours before departure.\n\n{co} Airways\nThis e-mail is your receipt. Please keep it for your records."),
    # 5 marketplace payout (en)
    ("You've been paid: {amount} is on its way",
     "Hi {name},\n\nGood news - we've sent a payout of {amount} to your bank account ending in 0000.\n\nPayout ID:      PO-{order}\nInitiated:      {date}\nExpected by:    1-3 business days\n\nThis payout includes 14 sales of {product}, minus fees. See the full breakdown in your seller dashboard: {link}\n\nHappy selling,\n{co} Marketplace"),
    # 6 utility bill (de)
    ("Ihre Stromrechnung vom {date}",
     "Sehr geehrte/r {name} {last},\n\nanbei erhalten Sie Ihre Jahresabrechnung für Strom.\n\nKundennummer: {order}\nAbrechnungszeitraum: 01.01. – 31.12.\nVerbrauch: 2.870 kWh\nRechnungsbetrag: {amount} EUR\n\nDer Betrag wird am {date} per SEPA-Lastschrift von Ihrem Konto abgebucht. Ihr neuer monatlicher Abschlag beträgt 78,00 EUR.\n\nDie Rechnung als PDF finden Sie in Ihrem Kundenportal: {link}\n\nMit freundlichen Grüßen\nIhre {co} Stadtwerke\n\n{co} GmbH · Sitz: Musterstadt · Amtsgericht Musterstadt HRB 00000"),
    # 7 food delivery receipt (en)
    ("Your {co} order receipt",
     "Thanks for ordering, {name}!\n\nOrder {order} from Little Lantern Noodles\nDelivered {date}\n\n2x Dan dan noodles\n1x Cucumber salad\n1x {product}\n\nDelivery fee  2.99\nTip           4.00\nTotal         {amount}\n\nCharged to card •••• 0000\n\nRate your order: {link}"),
    # 8 out for delivery (pt)
    ("Seu pedido {order} saiu para entrega",
     "Olá, {name}!\n\nSeu pedido {order} saiu para entrega hoje e deve chegar até as 18h.\n\nProduto: {product}\nCódigo de rastreio: {track}\nAcompanhe: {link}\n\nSe você não estiver em casa, o entregador tentará novamente no próximo dia útil.\n\nObrigado por comprar na {co}!"),
    # 9 subscription renewed (en)
    ("Your annual subscription has renewed",
     "Hi {name},\n\nThis is a confirmation that your {product} annual subscription renewed on {date}.\n\nAmount charged: {amount}\nNext renewal:   in 12 months\nReceipt:        {link}\n\nDon't need it anymore? You can turn off auto-renew at any time in Account settings; you'll keep access until the end of the paid period.\n\n{co}"),
    # 10 refund processed (en)
    ("Refund processed for order {order}",
     "Hi {name},\n\nWe've processed your refund of {amount} for order {order}.\n\nItem returned: {product}\nRefund method: original payment method\n\nDepending on your bank, it may take 5-10 business days for the refund to appear on your statement.\n\nThank you,\n{co} Returns"),
    # 11 hotel booking (es)
    ("Confirmación de reserva {code}",
     "Hola {name}:\n\n¡Tu reserva está confirmada!\n\nHotel: {co} Playa & Spa\nEntrada: {date} (a partir de las 15:00)\nNoches: 3\nHabitación: Doble superior, desayuno incluido\nImporte total: {amount} EUR\nLocalizador: {code}\n\nPuedes cancelar gratis hasta 48 horas antes de la llegada. Gestiona tu reserva aquí: {link}\n\n¡Buen viaje!\nEl equipo de {co}"),
    # 12 incoming transfer (nl)
    ("Bijschrijving ontvangen op uw rekening",
     "Beste {name} {last},\n\nEr is een bedrag van EUR {amount} bijgeschreven op uw betaalrekening eindigend op 0000.\n\nDatum: {date}\nOmschrijving: Terugbetaling {order}\nTegenrekening: NL00 TEST 0000 0000 00\n\nBekijk uw transacties in de app of via internetbankieren.\n\nMet vriendelijke groet,\n{co} Bank\n\nDit is een automatisch bericht. U kunt hierop niet reageren."),
    # 13 donation receipt (en)
    ("Thank you for your gift - tax receipt enclosed",
     "Dear {name},\n\nThank you for your generous donation of {amount} to the {co} Foundation on {date}. Your support helps us keep our community food pantry open.\n\nDonation receipt no.: D-{order}\nDonor: {name} {last}\nAmount: {amount}\nType: One-time, online\n\nNo goods or services were provided in exchange for this contribution. Please retain this receipt for your tax records.\n\nWith gratitude,\nThe {co} Foundation\nRegistered charity no. 0000000"),
    # 14 app store style receipt (en)
    ("Your receipt from {co}",
     "Receipt\n\nAccount:      {name}.{last}@mail.example\nDate:         {date}\nOrder ID:     {order}\nDocument No.: 000000000\n\n{product} (Monthly)                  {amount}\nRenews monthly until cancelled\n\nTOTAL                                {amount}\n\nIf you didn't make this purchase or believe it was in error, you can request a refund within 14 days: {link}\n\nPrivacy policy | Terms of sale"),
    # 15 delivered (en)
    ("Delivered: your package {track}",
     "Your package was delivered.\n\nDelivered on {date} at 14:32\nLeft at: front door\nTracking: {track}\nOrder: {order}\n\nWasn't delivered? Report a problem within 48 hours: {link}\n\n{co} Logistics"),
    # 16 b2b invoice (en)
    ("Invoice {order} from {co}",
     "Dear {name},\n\nPlease find attached invoice {order} for services rendered in the period ending {date}, as agreed in our statement of work.\n\nAmount due: {amount} EUR\nDue date: 30 days from invoice date\nPayment reference: {order}\n\nOur bank details are unchanged and printed on the invoice. Thank you for your business.\n\nKind regards,\nAccounts Receivable\n{co} Consulting B.V."),
    # 17 payment received (it)
    ("Pagamento ricevuto - ordine {order}",
     "Gentile {name},\n\nti confermiamo che abbiamo ricevuto il pagamento di {amount} € relativo all'ordine {order}.\n\nMetodo di pagamento: carta di credito\nData: {date}\n\nPuoi scaricare la ricevuta dalla tua area personale: {link}\n\nGrazie per aver scelto {co}!"),
    # 18 parking (en)
    ("Parking session receipt",
     "{co} Parking\n\nZone:        4410 - Harbour St\nVehicle:     ABC-000\nStart:       {date} 09:02\nDuration:    {mins} min\nAmount:      {amount}\nTransaction: {order}\n\nThis is your receipt. Extend or start a session in the app."),
    # 19 bank statement (pl)
    ("Wyciąg z rachunku za okres do {date}",
     "Szanowny Kliencie,\n\nw załączeniu przesyłamy elektroniczny wyciąg z rachunku nr PL00 0000 0000 0000 0000 0000 0000 za okres rozliczeniowy zakończony {date}.\n\nSaldo końcowe: {amount} PLN\n\nPlik PDF jest zabezpieczony hasłem — hasłem są ostatnie cztery cyfry numeru PESEL.\n\nZ poważaniem\n{co} Bank S.A.\n\nWiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać."),
    # 20 tuition (en)
    ("Tuition payment received - Spring term",
     "Dear {name} {last},\n\nThe {co} University Bursar's Office has received your payment.\n\nStudent ID:        {code}\nTerm:              Spring\nPayment amount:    {amount}\nPayment date:      {date}\nConfirmation no.:  {order}\nRemaining balance: 0.00\n\nYou can view your account statement in the student portal: {link}\n\nBursar's Office\nThis is an automated message; replies are not monitored."),
    # 21 marketplace purchase (en)
    ("You bought {product}!",
     "Hey {name},\n\nYour purchase is complete. The seller has been notified and will ship within 3 business days.\n\nItem: {product}\nPrice: {amount}\nOrder number: {order}\nSeller: vintage_finds_000\n\nMessage the seller or view your purchase: {link}\n\nBuyer protection covers this item if it doesn't arrive or isn't as described.\n\n-- {co}"),
    # 22 shipped (ja)
    ("【{co}】ご注文商品発送のお知らせ",
     "{last} {name} 様\n\nこの度は{co}をご利用いただき、誠にありがとうございます。\nご注文いただいた商品を本日発送いたしました。\n\n■ご注文番号：{order}\n■商品名：{product}\n■お問い合わせ番号：{track}\n■配送状況の確認：{link}\n\nお届けまで今しばらくお待ちくださいませ。\n\n――――――――――――――\n{co} オンラインストア\n――――――――――――――"),
    # 23 telecom bill (en)
    ("Your bill is ready",
     "Hi {name},\n\nYour {co} Mobile bill for {date} is ready.\n\nAccount: {order}\nTotal due: {amount}\nDue date: 21 days from today\n\nYou're set up for AutoPay, so there's nothing you need to do - we'll charge your saved payment method on the due date.\n\nView bill: {link}"),
    # 24 card purchase alert (en)
    ("You made a purchase of {amount}",
     "{co} Card alert\n\nA purchase of {amount} was made with your card ending 0000.\n\nMerchant: CORNER BAKERY 000\nDate: {date}\n\nRecognize this? No action needed.\nDon't recognize it? Call the number on the back of your card.\n\nYou're receiving this because you enabled transaction alerts in the {co} app."),
    # 25 event tickets (en)
    ("Your tickets for {date}",
     "Hi {name},\n\nYou're going! Here are your tickets.\n\nEvent: The Paper Lanterns - live\nVenue: Riverside Hall, Door B\nDate: {date}, doors 19:00\nTickets: 2 x General Admission\nOrder: {order}\nTotal paid: {amount}\n\nYour mobile tickets are in the app. Screenshots won't work - the barcode refreshes.\n\n{co} Tickets"),
    # 26 money transfer sent (en)
    ("Your transfer of {amount} has been sent",
     "Hi {name},\n\nThe money is on its way.\n\nTransfer ID:    #{order}\nAmount:         {amount} EUR\nTo:             Lena Okafor, account ending 0000\nFee:            0.45 EUR\nArrives:        by {date}\n\nTrack this transfer: {link}\n\nIf you don't recognise this transfer, contact us from the app immediately.\n\n{co}"),
    # 27 rent receipt (sv)
    ("Kvitto på inbetalning",
     "Hej {name},\n\nVi har tagit emot din inbetalning av hyran.\n\nLägenhet: 1102, Exempelgatan 4\nBelopp: {amount} kr\nInbetalningsdag: {date}\nOCR-nummer: {order}\n\nTack! Kvittot finns även på Mina sidor: {link}\n\nMed vänlig hälsning\n{co} Fastigheter AB"),
    # 28 order placed (ru)
    ("Ваш заказ № {order} оформлен",
     "Здравствуйте, {name}!\n\nСпасибо за покупку в {co}. Ваш заказ принят и передан в обработку.\n\nНомер заказа: {order}\nТовар: {product}\nСумма: {amount} ₽\nСпособ оплаты: банковская карта (оплачено)\nДата: {date}\n\nСтатус заказа можно отслеживать в личном кабинете: {link}\n\nС уважением,\nинтернет-магазин {co}"),
    # 29 delayed shipment (en)
    ("Update on your order {order}: new delivery date",
     "Hi {name},\n\nWe're sorry - your order {order} ({product}) is taking longer than expected. The new estimated delivery date is {date}.\n\nTracking number: {track}\n\nYou don't need to do anything. If you'd rather cancel, you can do so for a full refund here: {link}\n\nApologies for the wait,\n{co}"),
    # 30 e-invoice (tr)
    ("{co} e-Fatura bilgilendirme",
     "Sayın {name} {last},\n\n{date} tarihli {order} numaralı e-faturanız oluşturulmuştur.\n\nFatura tutarı: {amount} TL\nÖdeme şekli: otomatik ödeme talimatı\n\nFaturanızı görüntülemek için: {link}\n\nBizi tercih ettiğiniz için teşekkür ederiz.\n{co} A.Ş."),
    # 31 water bill payment (en)
    ("Payment received - thank you",
     "We received your payment of {amount} on {date} for account {order}. Your new balance is 0.00.\n\n-- {co} Water & Sewer Utility"),
    # 32 ride receipt (en)
    ("Your ride receipt - {date}",
     "Thanks for riding with {co}, {name}.\n\nTotal  {amount}\n\nPickup   08:12  12 Elm Street\nDropoff  08:31  Central Station\n{mins} min - 6.2 km\n\nPaid with personal card •••• 0000\nReport a lost item or an issue with this trip: {link}"),
    # 33 credit card statement (zh)
    ("{co}账单：您的月度对账单已生成",
     "尊敬的{name}：\n\n您好！您的信用卡本期账单已生成。\n\n本期应还金额：{amount}元\n到期还款日：{date}\n\n如已设置自动还款，系统将于到期日自动扣款。详情请登录网上银行查看：{link}\n\n{co}银行信用卡中心\n（本邮件由系统自动发送，请勿回复）"),
    # 34 property tax receipt (en)
    ("Receipt for your property tax payment",
     "PAYMENT RECEIPT\n\nPayer:               {name} {last}\nParcel number:       000-000-000\nInstallment:         2 of 2\nAmount paid:         {amount}\nConfirmation number: {order}\nDate:                {date}\n\nA convenience fee may appear as a separate charge on your statement.\n\n{co} County Treasurer - Online Payments\nKeep this receipt for your records."),
    # 35 grocery order (en)
    ("Your grocery order {order} is confirmed",
     "Hi {name},\n\nYour order is confirmed for delivery on {date} between 10:00 and 11:00.\n\nITEMS (18)\n- Whole milk 1L x2\n- Sourdough loaf x1\n- Bananas (approx. 1 kg)\n- {product} x1\n- ...and 14 more\n\nSubstitutions: allowed\nEstimated total: {amount}\n\nThe final amount may change slightly for items sold by weight. We only charge your card after your order is packed.\n\nEdit your order until 22:00 the day before: {link}\n\n{co} Groceries"),
    # 36 shipped (ko)
    ("[{co}] 주문하신 상품이 배송을 시작했습니다",
     "{name} 고객님, 안녕하세요.\n\n주문하신 상품이 발송되었습니다.\n\n주문번호: {order}\n상품명: {product}\n운송장번호: {track}\n\n배송조회: {link}\n\n감사합니다.\n{co}"),
    # 37 hosting renewal invoice (en)
    ("[{co}] Invoice paid - domain renewal",
     "Hello {name},\n\nThank you for your payment. The following services have been renewed:\n\n  Description                          Period    Amount\n  Domain renewal (example-shop.test)   1 year    {amount}\n  WHOIS privacy                        1 year    0.00\n\nInvoice: #{order}\nPaid on: {date} via card\n\nYou can download the PDF invoice from the client area: {link}\n\nRegards,\n{co} Hosting Billing"),
    # 38 refund (uk)
    ("Кошти повернуто на вашу картку",
     "Доброго дня, {name}!\n\nПовідомляємо, що повернення коштів за замовленням № {order} успішно оброблено.\n\nСума: {amount} грн\nДата: {date}\n\nКошти надійдуть на вашу картку протягом 3–7 банківських днів, залежно від вашого банку.\n\nДякуємо, що обираєте {co}!"),
    # 39 hotel folio (en)
    ("Your folio from {co} Hotel",
     "Dear {name} {last},\n\nThank you for staying with us. Please find your folio below.\n\nRoom 412 | Arrival {date} | 2 nights\n\nDATE      DESCRIPTION            AMOUNT\n--------  ---------------------  --------\nNight 1   Room charge              129.00\nNight 1   City tax                   3.50\nNight 2   Room charge              129.00\nNight 2   Minibar                   12.00\n--------  ---------------------  --------\n          TOTAL                  {amount}\n\nSettled by card ending 0000.\n\nWe hope to welcome you back soon.\nFront Office, {co} Hotel"),
    # 40 payslip (en)
    ("Your payslip for {date} is available",
     "Hi {name},\n\nYour payslip for the pay period ending {date} is now available in the {co} employee portal.\n\nNet pay: {amount}\nPayment date: {date}\n\nView payslip: {link}\n\nFor questions about your pay, contact the payroll team. Please do not reply to this email."),
    # 41 toll charges (en)
    ("Toll charge summary",
     "{co} Toll Road - account {order}\n\nTrips posted {date}:\n  07:58  Gate 12 -> Gate 4     3.20\n  18:14  Gate 4  -> Gate 12    3.20\n\nTotal charged: {amount}\nPrepaid balance remaining: 41.60\n\nManage your account: {link}"),
    # 42 one-line receipt (en)
    ("Receipt {order}",
     "Paid {amount} to {co} on {date}. Receipt #{order}. Thanks!"),
    # 43 shipped (vi)
    ("Đơn hàng {order} đang được giao đến bạn",
     "Chào {name},\n\nĐơn hàng {order} của bạn đã được bàn giao cho đơn vị vận chuyển.\n\nSản phẩm: {product}\nMã vận đơn: {track}\nTheo dõi đơn hàng: {link}\n\nThời gian giao dự kiến: {date}.\n\nCảm ơn bạn đã mua sắm tại {co}!"),
    # 44 bill available (el)
    ("Ο λογαριασμός σας είναι διαθέσιμος",
     "Αγαπητέ/ή {name} {last},\n\nο λογαριασμός σας για την περίοδο που λήγει {date} είναι πλέον διαθέσιμος.\n\nΑριθμός παραστατικού: {order}\nΠοσό πληρωμής: {amount} €\n\nΜπορείτε να τον δείτε και να τον πληρώσετε εδώ: {link}\n\nΕυχαριστούμε,\n{co}"),
    # 45 payment success (id)
    ("Pembayaran berhasil untuk pesanan {order}",
     "Hai {name},\n\nPembayaran Anda sebesar Rp{amount} untuk pesanan {order} telah berhasil kami terima pada {date}.\n\nProduk: {product}\nMetode pembayaran: Transfer bank (virtual account)\n\nPesanan Anda akan segera diproses oleh penjual. Cek status pesanan: {link}\n\nTerima kasih telah berbelanja di {co}."),
    # 46 rail e-ticket (en)
    ("E-ticket: {date}",
     "{co} Rail - E-TICKET\n\nPassenger:   {name} {last}\nJourney:     Northfield -> Port Example\nDate:        {date}\nDeparture:   06:45  Coach C, Seat 42\nTicket type: Advance single, non-refundable\nPrice:       {amount}\nBooking ref: {code}\n\nShow the QR code in the attachment to the conductor. Valid only on the booked train."),
    # 47 trade confirmation (en)
    ("Trade confirmation - order {order}",
     "Trade Confirmation\n\nAccount:         ****0000\nTrade date:      {date}\nSettlement date: next business day\n\nAction   Symbol   Quantity   Net amount\nBUY      EXMPL    10         {amount}\n\nThis confirmation is provided in accordance with applicable regulations. Please review it carefully and report any discrepancy within 10 days.\n\n{co} Securities LLC. Investments may lose value."),
    # 48 club membership dues (en)
    ("Membership renewed - thank you!",
     "Hi {name},\n\nYour {co} Climbing Club membership has been renewed for another year.\n\nMember no.: {code}\nMembership type: Adult, annual\nFee paid: {amount}\nRenewal date: {date}\n\nYour digital card is attached. See you on the wall!\n\n{co} Climbing Club (a non-profit association)"),
    # 49 order confirmed (ar)
    ("تم تأكيد طلبك رقم {order}",
     "مرحباً {name}،\n\nشكراً لتسوقك من {co}. تم استلام طلبك بنجاح.\n\nرقم الطلب: {order}\nالمنتج: {product}\nالمبلغ الإجمالي: {amount} ريال\nتاريخ الطلب: {date}\n\nسنرسل لك رسالة أخرى عند شحن الطلب.\n\nمع تحيات فريق {co}"),
    # 50 ready for pickup (en)
    ("Your order is ready for pickup",
     "Hi {name}, your order {order} is ready at {co} Downtown (counter 3). Bring a photo ID and this pickup code: {code}. We'll hold it for 7 days, until {date}."),
    # 51 invoice (cs)
    ("Faktura č. {order} za služby {co}",
     "Dobrý den,\n\nv příloze Vám zasíláme fakturu č. {order} za období do {date}.\n\nČástka k úhradě: {amount} Kč\nVariabilní symbol: {order}\nSplatnost: 14 dní\n\nFakturu si můžete stáhnout také v zákaznickém účtu: {link}\n\nDěkujeme, že využíváte naše služby.\n{co} s.r.o."),
    # 52 canceled for non-payment (en)
    ("Your subscription has been canceled",
     "Hi {name},\n\nWe were unable to collect payment of {amount} for {product} after several attempts, so your subscription was canceled on {date}.\n\nYour data will be kept for 30 days. Reactivate any time from your account: {link}\n\n-- {co} Billing"),
    # 53 car rental (en)
    ("Your rental agreement #{order} - final receipt",
     "Hi {name},\n\nThanks for returning your car. Here's your final receipt.\n\nPick-up:  {date} 10:00, Airport location\nReturn:   3 days later, 09:40\nVehicle:  Compact (or similar), plate XX-000-XX\nFuel:     Full / Full\nMileage:  412 km\n\nTotal charged: {amount}\n\nQuestions about charges? {link}\n\n{co} Car Rental"),
    # 54 account credited (hi)
    ("आपके खाते में राशि जमा की गई",
     "प्रिय {name},\n\nआपके खाता संख्या XXXX0000 में {date} को ₹{amount} जमा किए गए हैं।\n\nविवरण: NEFT/{order}\nउपलब्ध शेष राशि देखने के लिए नेट बैंकिंग में लॉग इन करें।\n\nयदि यह लेन-देन आपको अपरिचित लगे, तो कृपया अपनी शाखा से संपर्क करें।\n\n{co} बैंक\n(यह एक स्वचालित संदेश है, कृपया उत्तर न दें।)"),
    # 55 course enrolment (en)
    ("Enrolment confirmed: {product}",
     "Dear {name},\n\nThank you for enrolling in {product} at the {co} Adult Learning Centre.\n\nCourse start: {date}\nSessions: 10 x Tuesday evenings\nFee paid: {amount}\nReceipt no.: {order}\n\nCancellations more than 7 days before the start receive a full refund minus a 10.00 admin fee.\n\nSee you in class!\nEnrolments Office"),
]

_NOTIFICATION: list[tuple[str, str]] = [
    # 0 CI failed (en)
    ("[{repo}] CI failed on main",
     "Build #{order} failed\n\nRepository: {repo}\nBranch:     main\nCommit:     a1b2c3d \"Fix flaky retry test\" by {name} {last}\nDuration:   {mins}m 12s\n\nFailed jobs:\n  x test (py3.12)  - 3 failed, 412 passed\n  ok lint\n  ok build\n\nView logs: {link}\n\nYou are receiving this because you pushed the commit. Manage notification settings in your profile."),
    # 1 monitoring alert (de)
    ("[ALARM] Hohe CPU-Auslastung auf {host}",
     "Alarm ausgelöst\n\nHost: {host}\nMetrik: cpu.usage\nAktueller Wert: 97 %\nSchwellwert: > 90 % für {mins} Minuten\nZeitpunkt: {date}, 03:12 UTC\n\nDashboard: {link}\n\nDiese Benachrichtigung wurde automatisch von {co} Monitoring versendet. Sie erhalten eine weitere Nachricht, sobald der Alarm aufgehoben ist."),
    # 2 review requested (en)
    ("[{repo}] {name} requested your review on #482",
     "{name} {last} requested your review on pull request #482 in {repo}.\n\nAdd retry budget to webhook sender\n\n  3 commits - 7 files changed - +214 -38\n\n> This caps retries per destination so a single broken endpoint can't starve the queue. Tests included.\n\nReview it: {link}\n\n--\nReply to this email directly or view it on the web. You are receiving this because your review was requested."),
    # 3 calendar invite (en)
    ("Invitation: Quarterly planning @ {date} 14:00 - 15:30",
     "{name} {last} has invited you to a meeting.\n\nQuarterly planning\nWhen: {date}, 14:00 - 15:30 (UTC+1)\nWhere: Room Aurora / video link: {link}\nOrganizer: {name} {last}\nGuests: 8 people\n\nGoing?   Yes - Maybe - No   more options >>\n\nInvitation from {co} Calendar. You are receiving this email because you are an attendee of this event. Forwarding this invitation could allow any recipient to send a response to the organizer."),
    # 4 new sign-in (en)
    ("New sign-in to your {co} account",
     "Hi {name},\n\nYour {co} account was just signed in to from a new device.\n\nDesktop browser\n{date}, 21:47\nNear Porto, Portugal - 203.0.113.90\n\nIf this was you, you don't need to do anything. If not, we'll help you secure your account: {link}\n\nYou received this email to let you know about important changes to your account and services."),
    # 5 maintenance (en)
    ("Scheduled maintenance on {date}",
     "Hello,\n\nWe'll be performing scheduled maintenance on {product} on {date} from 02:00 to 04:00 UTC. During this window the dashboard and API may be unavailable for up to {mins} minutes.\n\nWhat's affected:\n• Dashboard login\n• REST API (write operations)\n\nWhat's not affected:\n• Email delivery already in the queue\n\nLive status: {link}\n\n-- {co} Operations"),
    # 6 shared document (es)
    ("{name} ha compartido un documento contigo",
     "{name} {last} te ha invitado a editar el siguiente documento:\n\n📄 Presupuesto {co} — borrador\n\n\"Échale un vistazo a la pestaña de costes cuando puedas, gracias\"\n\nAbrir: {link}\n\n{co} Docs: recibes este correo porque alguien compartió un archivo contigo."),
    # 7 deploy ok one-liner (en)
    ("✅ Deploy succeeded: {repo} → production",
     "{repo}@4f2e9a1 deployed to production by {name} in 3m {mins}s.\n\n{link}"),
    # 8 monitoring resolved (fr)
    ("[RÉSOLU] Espace disque faible sur {host}",
     "Bonjour,\n\nL'alerte suivante est maintenant résolue :\n\nHôte : {host}\nVérification : disk /var\nÉtat : OK (utilisation 71 %)\nDurée de l'incident : {mins} minutes\n\nDétails : {link}\n\n-- \nMessage automatique de {co} Supervision. Merci de ne pas répondre."),
    # 9 issue comment (en)
    ("Re: [{repo}] Memory leak when streaming large attachments (Issue #1193)",
     "{name} left a comment ({repo}#1193)\n\n> I can reproduce this on 2.4.1 with a 40 MB attachment. Heap grows by ~300 MB and never drops. Bisected it to the change that switched to chunked reads.\n\n--\nReply to this email directly, view it on the web: {link}\nYou are receiving this because you are subscribed to this thread."),
    # 10 appointment reminder (en)
    ("Reminder: your appointment on {date} at 09:30",
     "Hi {name},\n\nThis is a reminder of your appointment at {co} Dental Care.\n\nDate: {date}\nTime: 09:30\nWith: Dr. Halvorsen\n\nNeed to reschedule? Please let us know at least 24 hours in advance: {link}\n\nThis is an automated reminder."),
    # 11 password changed (pt)
    ("Sua senha foi alterada",
     "Olá, {name}.\n\nA senha da sua conta {co} foi alterada em {date}.\n\nSe foi você, pode ignorar este e-mail.\nSe não foi você, recupere sua conta imediatamente: {link}\n\nEquipe de Segurança {co}"),
    # 12 terms update (it)
    ("Aggiornamento dei Termini di servizio",
     "Gentile utente,\n\nti informiamo che a partire dal {date} entreranno in vigore i nuovi Termini di servizio e l'Informativa sulla privacy di {co}.\n\nLe principali modifiche riguardano:\n- la conservazione dei dati di fatturazione;\n- l'elenco dei sub-responsabili del trattamento;\n- le modalità di risoluzione delle controversie.\n\nPuoi leggere i documenti completi qui: {link}\n\nContinuando a utilizzare il servizio dopo tale data accetti i nuovi termini.\n\nIl team di {co}"),
    # 13 social likes (en)
    ("{name} and 3 others liked your post",
     "{name} {last}, Priya N. and 3 others liked your post \"Finally finished the garden shed!\"\n\nSee all activity: {link}\n\nTurn off these emails in notification settings. {co}, PO Box 0000."),
    # 14 nightly build fixed (en)
    ("Nightly build #{order} for {repo}: FIXED",
     "The nightly build is back to normal.\n\nProject: {repo}\nBuild:   #{order}\nStatus:  SUCCESS (previous: FAILURE)\n\nChanges since last success:\n  - {name} {last}: pin crypto dependency\n  - bot: bump lockfile\n\nConsole output: {link}\n\n-- {co} CI server on {host}"),
    # 15 uptime down (en)
    ("DOWN: {host} is not responding",
     "Monitor: {host} (HTTPS)\nStatus: DOWN\nReason: Connection timeout (30s)\nChecked from: 3 of 3 locations\nDown since: {date} 11:04:22 UTC\n\nWe'll notify you when it's back up.\n\nIncident: {link}\n{co} Uptime"),
    # 16 dependency advisory (en)
    ("[{repo}] Security alert: 2 vulnerable dependencies",
     "We found potential security vulnerabilities in dependencies of {repo}.\n\n  Package       Severity   Fixed in\n  yaml-parse    High       3.1.2\n  tarball-x     Moderate   1.0.9\n\nA pull request to update these packages has been opened automatically: {link}\n\nYou're receiving this because you're an admin of {repo}."),
    # 17 calendar updated (nl)
    ("Bijgewerkte uitnodiging: Teamoverleg",
     "Deze afspraak is gewijzigd.\n\nTeamoverleg\nWanneer: {date}, 10:00 – 10:45 (was 09:30)\nWaar: Vergaderruimte 2.14\nOrganisator: {name} {last}\n\nJa · Misschien · Nee\n\nUitnodiging van {co} Agenda"),
    # 18 ssh key added (en)
    ("A new SSH key was added to your account",
     "Hey {name}!\n\nA new public key was added to your {co} account.\n\nKey title:     laptop-2025\nFingerprint:   SHA256:0000000000000000000000000000000000000000000\nAdded from IP: 198.51.100.61\n\nIf you believe this key was added in error, you can remove it and review your security log: {link}\n\nThanks,\nThe {co} Team"),
    # 19 network maintenance (sv)
    ("Planerat underhåll {date}",
     "Hej {name},\n\nVi genomför planerat underhåll av vårt nät natten till {date} mellan 00:00 och 05:00. Under den tiden kan ditt bredband vara nere i upp till {mins} minuter.\n\nDu behöver inte göra något.\n\nDriftstatus: {link}\n\nVänliga hälsningar\n{co}"),
    # 20 doc mention (en)
    ("{name} mentioned you in \"Q3 launch checklist\"",
     "{name} {last} mentioned you in a comment:\n\n  \"@you can you confirm the legal copy on slide 7 is final?\"\n\nOn: Q3 launch checklist\nReply or resolve: {link}\n\nYou're getting this because you were mentioned. {co} Docs"),
    # 21 pipeline failed (en)
    ("Pipeline #{order} has failed!",
     "Pipeline #{order} triggered by {name} {last} has failed.\n\nProject: {co} / {repo}\nBranch:  release/2.8\nCommit:  9c0ffee - Merge branch 'fix/tz-parsing'\n\nStage: deploy\nJob:   deploy-staging (#{code})\n\n  $ ./scripts/deploy.sh staging\n  error: remote host {host} refused connection\n  ERROR: Job failed: exit code 1\n\n{link}"),
    # 22 monitoring problem (ru)
    ("[PROBLEM] {host}: свободное место на диске менее 5%",
     "Проблема: на {host} заканчивается место на диске\nНачало: {date} 04:17:09\nХост: {host}\nВажность: Высокая\nТекущее значение: 3.8 %\n\nИдентификатор события: {code}\nПодробнее: {link}\n\nСообщение сгенерировано системой мониторинга {co}."),
    # 23 release published (en)
    ("[{repo}] Release v3.2.0",
     "v3.2.0 is out!\n\nHighlights\n* Streaming parser for multipart bodies\n* Retry-After support in the client\n* Dropped the legacy 1.x config format\n\nFull changelog: {link}\n\n--\nYou are receiving this because you are watching releases for {repo}."),
    # 24 meeting starts soon (en)
    ("Reminder: 1:1 {name} / Sam starts in {mins} minutes",
     "1:1 {name} / Sam\n{date} 16:00 - 16:30\nJoin: {link}\n\nYou are receiving this because you set a {mins}-minute reminder for this event in {co} Calendar."),
    # 25 blocked sign-in (en)
    ("We blocked a sign-in attempt",
     "Hi {name},\n\nWe blocked a sign-in attempt to your {co} account because it didn't match your usual activity.\n\nWhen:  {date}, 04:02\nWhere: 192.0.2.200 (unknown location)\n\nIf it wasn't you, your password may be known to someone else. We recommend changing it from your account settings and turning on two-step verification.\n\nReview activity: {link}\n\n{co} Security"),
    # 26 storage quota (en)
    ("You've used 90% of your storage",
     "Hi {name},\n\nYour {co} Drive is 90% full (13.5 GB of 15 GB). When it's full, new files won't sync and you won't be able to receive email attachments.\n\nSee what's taking up space: {link}"),
    # 27 new follower (tr)
    ("{name} sizi takip etmeye başladı",
     "Merhaba,\n\n{name} {last} artık sizi {co} üzerinde takip ediyor.\n\nProfilini görüntüle: {link}\n\nBu e-postaları almak istemiyorsanız bildirim ayarlarınızı değiştirebilirsiniz."),
    # 28 build failed (zh)
    ("[{repo}] 构建失败：main 分支 #{order}",
     "项目：{repo}\n分支：main\n构建编号：#{order}\n状态：失败\n触发人：{name}\n耗时：{mins} 分钟\n\n失败步骤：单元测试（2 个用例失败）\n\n查看日志：{link}\n\n—— {co} 持续集成平台（自动发送，请勿回复）"),
    # 29 cert expiry (en)
    ("TLS certificate for {host} expires in 14 days",
     "Heads up: the TLS certificate served by {host} will expire on {date}.\n\n  Subject:  CN={host}.internal.example\n  Issuer:   {co} Internal CA\n  Serial:   00:00:00:00\n\nIf automatic renewal is enabled, no action is required; otherwise renew it before the expiry date.\n\nCertificate inventory: {link}"),
    # 30 PR merged (ja)
    ("[{repo}] プルリクエスト #77 がマージされました",
     "{name} さんがプルリクエスト #77「ログ出力のタイムゾーンを修正」を main ブランチにマージしました。\n\nリポジトリ：{repo}\n変更ファイル：4\n\n詳細を見る：{link}\n\n――\nこのメールは、あなたがこのリポジトリをウォッチしているため送信されています。"),
    # 31 event canceled (en)
    ("Canceled event: Design review @ {date} 11:00",
     "This event has been canceled and removed from your calendar.\n\nDesign review\n{date} 11:00 - 12:00\nOrganizer: {name} {last}\n\nNote from organizer: \"Pushing this a week, need more time on the prototypes.\"\n\n{co} Calendar"),
    # 32 recovery email changed (en)
    ("Your recovery email was changed",
     "The recovery email for your {co} account was changed on {date}.\n\nOld: n*****@mail.example\nNew: {name}.{last}@post.example\n\nDidn't make this change? Secure your account now: {link}\n\nThis is a mandatory notice about your account security."),
    # 33 terms change (pl)
    ("Zmiany w regulaminie usługi {product}",
     "Szanowni Państwo,\n\nuprzejmie informujemy, że od {date} obowiązywać będzie nowa wersja regulaminu usługi {product}. Zmiany dotyczą m.in. zasad przechowywania danych oraz okresu wypowiedzenia.\n\nTreść nowego regulaminu: {link}\n\nJeżeli nie akceptują Państwo zmian, mogą Państwo wypowiedzieć umowę do dnia wejścia ich w życie.\n\nZ wyrazami szacunku\n{co} Sp. z o.o."),
    # 34 weekly digest (en)
    ("Your weekly activity digest",
     "Here's what happened in your {co} groups this week, {name}:\n\n• Home Bakers Circle - 12 new posts, 3 replies to your comment\n• Trail Runners North - new event: Saturday long run\n• Neighbourhood Swap - {name} {last} posted an item matching your saved search\n\nSee everything: {link}\n\nYou're receiving this weekly digest. Change frequency or turn it off in settings."),
    # 35 cron output (en)
    ("Cron <deploy@{host}> /opt/scripts/backup.sh",
     "From: Cron Daemon <root@{host}.example>\nTo: deploy@{host}.example\n\nsyncd: connection unexpectedly closed (0 bytes received so far) [sender]\nsyncd error: error in protocol data stream (code 12)\nbackup.sh: snapshot for {date} FAILED after {mins} min"),
    # 36 latency warning (ko)
    ("[경고] {host} 응답 시간 지연",
     "모니터링 알림\n\n서버: {host}\n항목: 평균 응답 시간\n현재 값: 2,400ms (임계값 1,000ms)\n발생 시각: {date} 14:22\n\n대시보드에서 확인하기: {link}\n\n본 메일은 {co} 모니터링 시스템에서 자동 발송되었습니다."),
    # 37 issue assigned (en)
    ("[{repo}] You were assigned to issue #2051",
     "{name} {last} assigned you to #2051: \"Export to CSV drops rows with unicode names\"\n\nLabels: bug, good first issue\nMilestone: {date} release\n\n{link}\n\n-- You are receiving this because you were assigned."),
    # 38 event reminder (uk)
    ("Нагадування: «Ретроспектива спринту» о 15:00",
     "Нагадування про подію\n\nРетроспектива спринту\nКоли: {date}, 15:00–16:00\nДе: онлайн ({link})\nОрганізатор: {name} {last}\n\nВи отримали це повідомлення, оскільки є учасником події в календарі {co}."),
    # 39 new device added (en)
    ("New device added to your account",
     "A new device (\"Kitchen tablet\") was signed in to your {co} account on {date}. If this wasn't you, remove it at {link}."),
    # 40 incident resolved (en)
    ("[Resolved] Elevated API error rates",
     "Incident report - {co} Status\n\nResolved: Between 13:02 and 13:{mins} UTC on {date}, a subset of API requests returned 503 errors due to a misconfigured load balancer. The configuration has been rolled back and error rates have returned to normal.\n\nAffected components: REST API, Webhooks\n\nA full post-incident review will be published within 5 business days.\n\nView incident: {link}\nYou are subscribed to status updates for {co}."),
    # 41 new review on listing (en)
    ("You have a new review",
     "A guest left a review for your listing \"Sunny loft near the canal\".\n\n★★★★★ \"Spotless, great host, would stay again.\" - {name}\n\nRead and respond: {link}\n\n{co} Stays"),
    # 42 scheduled workflow one-liner (en)
    ("[{repo}] Scheduled workflow 'nightly-e2e' failed",
     "Scheduled workflow nightly-e2e failed for {repo} on main.\n{link}"),
    # 43 service critical (cs)
    ("[KRITICKÉ] Služba nedostupná na {host}",
     "Upozornění monitoringu\n\nServer: {host}\nSlužba: databáze (port 5432)\nStav: KRITICKÝ – spojení odmítnuto\nČas: {date} 02:51\n\nPodrobnosti: {link}\n\nTato zpráva byla odeslána automaticky systémem {co}."),
    # 44 new PR (id)
    ("[{repo}] Pull request baru dari {name}",
     "{name} {last} membuka pull request #318 di {repo}:\n\n\"Tambahkan terjemahan bahasa Indonesia untuk halaman pengaturan\"\n\nLihat pull request: {link}\n\nAnda menerima email ini karena memantau repositori {repo}."),
    # 45 calendar invite (he)
    ("הזמנה: פגישת צוות שבועית",
     "{name} {last} הזמין/ה אותך לפגישה.\n\nפגישת צוות שבועית\nמתי: {date}, 10:00–11:00\nאיפה: חדר ישיבות 3 / {link}\n\nהאם תשתתף/י? כן · אולי · לא\n\nהזמנה מ-{co} יומן"),
    # 46 account locked (en)
    ("Your account has been temporarily locked",
     "Hi {name},\n\nWe locked your {co} account after 5 unsuccessful sign-in attempts. It will unlock automatically in {mins} minutes.\n\nIf these attempts weren't you, we recommend changing your password once the lock expires.\n\nSecurity log: {link}"),
    # 47 privacy policy (en)
    ("We're updating our Privacy Policy",
     "Hi {name},\n\nWe're making a few changes to our Privacy Policy, effective {date}. In short:\n\n1. We're clearer about how long we keep support conversations.\n2. We've added a section on AI features and how to opt out.\n3. We list the regions where your data may be processed.\n\nYou don't need to do anything. Read the updated policy: {link}\n\nThanks for using {product}.\n\n-- {co}\nThis is a service announcement; you'll receive it even if you've unsubscribed from marketing."),
    # 48 shared folder upload (en)
    ("{name} added 3 files to \"Wedding photos\"",
     "{name} {last} added 3 files to the shared folder \"Wedding photos\":\n\n  IMG_0412.jpg\n  IMG_0413.jpg\n  IMG_0415.jpg\n\nOpen folder: {link}\n\n{co} Drive"),
    # 49 deploy failed (vi)
    ("[{repo}] Triển khai thất bại trên môi trường staging",
     "Dự án: {repo}\nMôi trường: staging\nMáy chủ: {host}\nNgười kích hoạt: {name}\nThời gian: {date}\n\nLỗi: kiểm tra sức khỏe không đạt sau {mins} phút.\n\nXem chi tiết: {link}\n\n— Hệ thống CI/CD {co}"),
    # 50 backup report table (en)
    ("Backup report for {host}: 1 warning",
     "Backup job summary\n\nHost       Job              Status    Size     Duration\n{host}     daily-full       OK        42 GB    {mins} min\n{host}     db-incremental   WARNING   1.2 GB   3 min\n\nWarning: 2 files were skipped because they were locked.\n\nReport generated {date} 05:00 by {co} Backup."),
    # 51 PR comment (ar)
    ("[{repo}] تعليق جديد على طلب الدمج #41",
     "أضاف {name} {last} تعليقاً على طلب الدمج #41 في المستودع {repo}:\n\n«يبدو جيداً، لكن هل يمكن إضافة اختبار لحالة المدخلات الفارغة؟»\n\nعرض التعليق: {link}\n\nتصلك هذه الرسالة لأنك مشترك في هذا النقاش."),
    # 52 invite accepted (en)
    ("Accepted: Vendor sync @ {date} 13:00",
     "{name} {last} has accepted this invitation.\n\nVendor sync\n{date} 13:00 - 13:30\n\nInvitation from {co} Calendar"),
    # 53 third-party app authorized (en)
    ("A third-party application was authorized",
     "Hi {name},\n\nThe application \"Inbox Sorter (test)\" was granted access to your {co} account on {date} with these permissions:\n\n  - Read your email\n  - Read your profile\n\nIf you did not authorize this application, revoke its access: {link}"),
    # 54 maintenance (hi)
    ("निर्धारित रखरखाव की सूचना",
     "प्रिय {name},\n\n{date} को रात 1:00 बजे से 3:00 बजे तक {co} की सेवाएँ रखरखाव के कारण अस्थायी रूप से उपलब्ध नहीं रहेंगी। इस दौरान ऐप और वेबसाइट पर लॉग इन नहीं हो सकेगा।\n\nअसुविधा के लिए हमें खेद है।\n\nस्थिति देखें: {link}\n\n{co} टीम"),
    # 55 wiki page edited (en)
    ("[Wiki] \"On-call runbook\" was updated by {name}",
     "{name} {last} edited the page On-call runbook in space Platform.\n\nChanges:\n+ Step 4: drain traffic from {host} before restarting\n- Step 4: restart {host}\n\nView changes: {link}\n\nTo stop receiving these, stop watching the page in {co} Wiki."),
]

_SUPPORT: list[tuple[str, str]] = [
    # 0 ticket created (en)
    ("[{co} Support] Request #{ticket} received: Can't export invoices",
     "Hello {name},\n\nThank you for contacting {co} Support. Your request has been logged and assigned ticket number #{ticket}.\n\nSubject:  Can't export invoices to PDF\nPriority: Normal\nStatus:   Open\n\nOne of our agents will reply within 1 business day. To add more details, simply reply to this email - please keep the ticket number in the subject line.\n\nYou can view your request at any time: {link}\n\n{co} Support\n\n##- Please type your reply above this line -##"),
    # 1 agent answer billing (es)
    ("Re: [#{ticket}] Problema con la facturación",
     "Hola {name}:\n\nGracias por tu paciencia. He revisado tu cuenta y veo que el cargo duplicado de {amount} € del {date} se debió a un error al procesar el pago.\n\nYa he solicitado la devolución del importe duplicado; lo verás reflejado en tu tarjeta en un plazo de 5 a 10 días hábiles.\n\nSi tienes cualquier otra duda, responde a este correo y te ayudaré encantada.\n\nUn saludo,\nLucía\nAtención al cliente · {co}\n\nTicket #{ticket}"),
    # 2 solved with thread (en)
    ("Your request #{ticket} has been solved",
     "Hi {name},\n\nYour request #{ticket} (\"Login loop on mobile app\") has been marked as solved.\n\nIf you feel the issue isn't resolved, just reply to this email within 7 days to reopen the ticket. After that, it will be closed automatically.\n\nThanks for choosing {co}!\n\n----------------------------------------------\nMarcus ({co} Support)\n{date}\n\nGlad the app update fixed it! I'll go ahead and mark this as solved.\n----------------------------------------------\n{name} {last}\n\nYes, after updating to 5.2 it works now. Thanks!"),
    # 3 troubleshooting (en)
    ("Re: Printer keeps going offline [Case {ticket}]",
     "Hi {name},\n\nThanks for the details and the photo of the error screen. Let's try a few things in order:\n\n1. Turn the printer off, unplug it for 60 seconds, then turn it back on.\n2. On the printer panel go to Settings > Network > Wi-Fi and make sure it's on the 2.4 GHz network, not 5 GHz.\n3. Assign the printer a fixed IP in your router (for example 192.0.2.50).\n4. Remove and re-add the printer on your computer.\n\nIf it still drops off after step 4, please send us the network report (Settings > Reports > Network) and we'll take it from there.\n\nBest regards,\nDev\nTechnical Support, {co}\nCase {ticket}"),
    # 4 RMA approved (en)
    ("RMA {ticket} approved - return instructions for {product}",
     "Hi {name},\n\nYour return merchandise authorization (RMA) has been approved.\n\nRMA number:     {ticket}\nProduct:        {product}\nOriginal order: {order}\nReason:         Defective - does not power on\n\nNext steps:\n  1. Pack the unit in its original box if you still have it.\n  2. Print the prepaid label: {link}\n  3. Write the RMA number on the outside of the package.\n  4. Drop it off within 14 days.\n\nOnce we receive and inspect the unit, we'll ship a replacement (usually within 3-5 business days).\n\n{co} Warranty Support"),
    # 5 CSAT (en)
    ("How did we do? Ticket #{ticket}",
     "Hi {name},\n\nYour recent conversation with {co} Support (ticket #{ticket}) was closed on {date}. We'd love to know how we did.\n\nHow would you rate the support you received?\n\n  Good, I'm satisfied:  {link}\n  Bad, I'm unsatisfied: {link}\n\nIt takes one click. Thank you!\n\n{co} Customer Experience"),
    # 6 more info needed (de)
    ("Rückfrage zu Ihrem Anliegen [Ticket #{ticket}]",
     "Guten Tag {name} {last},\n\nvielen Dank für Ihre Nachricht. Damit wir Ihre Reklamation bearbeiten können, benötigen wir noch folgende Angaben:\n\n- Ihre Bestellnummer (vermutlich {order}?)\n- ein Foto des beschädigten Artikels\n- das Datum der Zustellung\n\nBitte antworten Sie einfach auf diese E-Mail. Sollten wir innerhalb von 7 Tagen keine Rückmeldung erhalten, wird das Ticket automatisch geschlossen.\n\nMit freundlichen Grüßen\nJonas Becker\nKundenservice {co}"),
    # 7 ticket created one-liner (en)
    ("Ticket {ticket} created",
     "Your support ticket {ticket} was created on {date}. Priority: P3. Queue: Billing. Track it at {link}"),
    # 8 agent answer (fr)
    ("RE: Impossible d'ajouter un utilisateur [Dossier {ticket}]",
     "Bonjour {name},\n\nMerci pour votre message. La limite de 5 utilisateurs correspond à votre formule actuelle « Essentiel ». Pour ajouter un sixième utilisateur, deux options :\n\n1) passer à la formule « Pro » depuis Paramètres > Abonnement ;\n2) désactiver un utilisateur inactif pour libérer une licence.\n\nJe reste à votre disposition si besoin.\n\nCordialement,\nCamille\nSupport client {co}\n\n> Le {date}, {name} {last} a écrit :\n> Bonjour, je n'arrive pas à ajouter un nouveau collègue, le bouton est grisé. Pouvez-vous m'aider ?"),
    # 9 closed for inactivity (en)
    ("We're closing your ticket #{ticket}",
     "Hi {name},\n\nWe haven't heard back from you in a while, so we're closing ticket #{ticket} for now.\n\nIf you still need help, reply to this email and the ticket will reopen automatically with all the history.\n\nBest,\n{co} Support"),
    # 10 technical troubleshooting (en)
    ("[{co} Support] #{ticket}: SMTP authentication failing",
     "Hi {name},\n\nThanks for the logs. The error `535 5.7.8 Authentication credentials invalid` means the server rejected the username/password pair, not the connection itself.\n\nCould you check:\n\n  • You are using the API key as the password, and the literal string \"apikey\" as the username.\n  • The key has the \"Mail Send\" permission (Settings > API Keys).\n  • Your server clock is correct - we reject tokens with more than 5 minutes of skew.\n\nYou can test from {host} with:\n\n  smtp-test --starttls --server smtp.mail.example --port 587 --user apikey\n\nIf it still fails, send the full output (redact the key) and I'll escalate to our mail team.\n\nCheers,\nRavi - {co} Technical Support"),
    # 11 RMA (it)
    ("Autorizzazione al reso n. {ticket}",
     "Gentile {name},\n\nabbiamo approvato la tua richiesta di reso per l'ordine {order}.\n\nNumero di autorizzazione (RMA): {ticket}\nArticolo: {product}\nMotivo: articolo difettoso\n\nIstruzioni:\n1. Imballa il prodotto con cura.\n2. Stampa l'etichetta prepagata: {link}\n3. Consegna il pacco entro 10 giorni presso un punto di ritiro.\n\nAl ricevimento, invieremo un prodotto sostitutivo oppure il rimborso, come da te indicato.\n\nCordiali saluti,\nServizio Clienti {co}"),
    # 12 survey (pt)
    ("Avalie nosso atendimento - protocolo {ticket}",
     "Olá, {name}!\n\nSeu atendimento de protocolo {ticket} foi finalizado. Sua opinião é muito importante para nós.\n\nDe 0 a 10, qual a probabilidade de você recomendar o suporte da {co}?\n\nResponder pesquisa: {link}\n\nLeva menos de 1 minuto.\n\nObrigado!\nEquipe {co}"),
    # 13 escalation (en)
    ("Your case {ticket} has been escalated",
     "Hello {name},\n\nI've escalated your case to our Tier 2 engineering team, since the sync issue you're seeing on {product} looks like it needs a closer look on the server side.\n\nWhat happens next:\n- An engineer will review your logs within 24 hours.\n- They may ask for remote access; we'll never ask for your password.\n- You'll receive updates on this same email thread.\n\nCase: {ticket}\nPriority: High\n\nThanks for bearing with us,\nAisha\n{co} Customer Support"),
    # 14 call summary (en)
    ("Case {ticket}: summary of your call today",
     "Hi {name},\n\nThanks for calling {co} today. As promised, here's a summary of what we discussed:\n\n  Case number:  {ticket}\n  Topic:        Router drops connection every evening\n  Done so far:  line test (passed), firmware update started\n  Next step:    technician visit booked for {date}, 08:00-12:00\n\nIf anything changes before the visit, reply to this email or call us on 0000 000 000 and quote your case number.\n\nKind regards,\nTom, {co} Broadband Support"),
    # 15 billing answer (en)
    ("Re: Question about my invoice {order}",
     "Hi {name},\n\nGreat question! The extra {amount} on invoice {order} is the prorated charge for the 3 seats you added mid-cycle on {date}. From next month it'll be included in your regular subscription price.\n\nI've attached a breakdown. Let me know if anything looks off.\n\nWarmly,\nJess\nBilling Support · {co}\n\nTicket: {ticket}"),
    # 16 IT desk resolved (en)
    ("[Resolved] {ticket} - VPN client won't connect",
     "IT Service Desk\n\nYour incident {ticket} has been resolved.\n\nShort description: VPN client won't connect\nResolution: Expired certificate on your laptop was renewed remotely. Please restart the VPN client.\nResolved by: N. Kowalski\n\nIf the problem persists, reply to this email with 'reopen' within 5 days.\n\nKnowledge article: {link}"),
    # 17 troubleshooting (ru)
    ("Re: Не приходят письма [Заявка #{ticket}]",
     "Здравствуйте, {name}!\n\nСпасибо за обращение. Пожалуйста, выполните следующие шаги:\n\n1. Проверьте папки «Спам» и «Промоакции».\n2. Убедитесь, что адрес noreply@mail.example добавлен в список доверенных отправителей.\n3. Проверьте, не заполнен ли почтовый ящик.\n\nЕсли письма всё равно не приходят, пришлите, пожалуйста, скриншот настроек фильтров — мы передадим заявку техническим специалистам.\n\nС уважением,\nАнна, служба поддержки {co}\nЗаявка #{ticket}"),
    # 18 warranty replacement shipped (en)
    ("Warranty claim {ticket}: replacement shipped",
     "Hi {name},\n\nGood news - we've approved your warranty claim for {product} and a replacement unit has shipped.\n\nClaim: {ticket}\nReplacement tracking: {track}\n\nPlease return the faulty unit within 30 days using the enclosed label, otherwise we may have to charge the replacement cost of {amount}.\n\nThanks for your patience,\n{co} Warranty Team"),
    # 19 survey (nl)
    ("Hoe tevreden bent u over ons contact? (ticket {ticket})",
     "Beste {name},\n\nOnlangs had u contact met onze klantenservice over ticket {ticket}. Wij horen graag hoe u dit heeft ervaren.\n\nVul de korte enquête in (2 vragen): {link}\n\nAlvast bedankt!\n\nMet vriendelijke groet,\nKlantenservice {co}"),
    # 20 waiting on customer (en)
    ("Reminder: we're waiting for your reply (#{ticket})",
     "Hi {name},\n\nJust a friendly nudge - we're still waiting for the screenshot we asked for on ticket #{ticket} so we can continue troubleshooting.\n\nYou can reply to this email with the attachment.\n\nIf we don't hear back in 3 days, we'll close the ticket, but you can always reopen it.\n\n{co} Help Desk"),
    # 21 ticket created w/ quoted request (en)
    ("We got your message [#{ticket}]",
     "Hi {name},\n\nThis is to confirm we received your request. A member of our team will get back to you shortly.\n\nYour request (#{ticket}):\n----\nHi, I ordered {product} on {date} (order {order}) and the box arrived empty. Can you please help?\n----\n\nAverage response time today: about 4 hours.\n\n{co} Customer Care"),
    # 22 agent answer (ja)
    ("Re: ログインできない件について [お問い合わせ番号：{ticket}]",
     "{last} 様\n\nいつも{co}をご利用いただき、誠にありがとうございます。\nカスタマーサポートの佐藤でございます。\n\nお問い合わせいただいた件につきまして、確認いたしました。\nお客様のアカウントは、パスワードの入力誤りが続いたため一時的にロックされておりました。\n本日、ロックを解除いたしましたので、再度ログインをお試しください。\n\nご不明な点がございましたら、本メールにご返信ください。\n\n――――――――――\n{co} カスタマーサポート\nお問い合わせ番号：{ticket}\n――――――――――"),
    # 23 case closed (en)
    ("Case {ticket} closed",
     "Dear {name} {last},\n\nWe have closed case {ticket} regarding \"Incorrect address on delivery\", as the order has now been delivered to the correct address.\n\nIf you need further assistance, please open a new case and reference {ticket}.\n\nSincerely,\nCustomer Relations\n{co}"),
    # 24 chat transcript (en)
    ("Transcript of your chat with {co} Support",
     "Chat transcript - {date}\n\n[10:02] Sam ({co}): Hi {name}, thanks for waiting! How can I help?\n[10:02] {name}: my smart plug shows offline in the app\n[10:03] Sam ({co}): Sorry about that. Could you hold the button for 5 seconds until the light blinks blue?\n[10:05] {name}: ok it's blinking\n[10:05] Sam ({co}): Great, now open the app, tap + and choose 'Re-add device'.\n[10:08] {name}: it's back online, thanks!\n[10:08] Sam ({co}): Happy to help. Reference for this chat: {ticket}\n\nThis transcript was sent at your request."),
    # 25 return request approved (en)
    ("Return request {ticket} for order {order}",
     "Hi {name},\n\nWe've received your return request and the seller has approved it.\n\nReturn ID: {ticket}\nItem: {product}\nRefund amount: {amount} (issued after the item is received)\n\nUse this QR code at any drop-off point: {link}\n\nIf you have questions, reply here and our support team will help.\n\n{co} Customer Service"),
    # 26 short survey (en)
    ("Quick question about ticket {ticket}",
     "Was your issue resolved? Reply YES or NO, or rate us here: {link}\n\nThanks! - {co} Support"),
    # 27 more info (pl)
    ("Prośba o dodatkowe informacje – zgłoszenie nr {ticket}",
     "Dzień dobry,\n\ndziękujemy za zgłoszenie. Aby kontynuować rozpatrywanie reklamacji, prosimy o przesłanie:\n\n• zdjęcia uszkodzonego produktu,\n• numeru zamówienia ({order}),\n• krótkiego opisu, kiedy pojawiła się usterka.\n\nProsimy odpowiedzieć na tę wiadomość, nie zmieniając tematu.\n\nZ pozdrowieniami\nMarta\nDział Obsługi Klienta {co}"),
    # 28 ticket created (zh)
    ("您的工单 #{ticket} 已创建",
     "尊敬的{name}：\n\n您好！我们已收到您提交的问题，工单号为 #{ticket}。\n\n问题类型：账户与登录\n提交时间：{date}\n当前状态：待处理\n\n我们的客服人员将在 24 小时内与您联系。您也可以通过以下链接查看工单进度：{link}\n\n{co} 客户服务中心"),
    # 29 developer support answer (en)
    ("Re: [{co}] Webhooks arriving out of order (#{ticket})",
     "Hi {name},\n\nThanks for the detailed report and the request IDs - that made this much faster.\n\nShort answer: webhook delivery is at-least-once and not strictly ordered. Events for the same message can arrive out of order when a retry happens. We recommend:\n\n  - using the `created_at` timestamp on each event to order them, and\n  - treating `delivered` after `bounced` as a no-op.\n\nI've also filed a feature request for a per-message sequence number and linked it to this ticket, so you'll hear from us if it ships.\n\nBest,\nElena\nDeveloper Support, {co}\n\n> On {date}, {name} {last} wrote:\n> We see 'delivered' events after 'bounced' for the same message ID on {host}. Is this expected?"),
    # 30 resolved (tr)
    ("#{ticket} numaralı talebiniz çözüldü",
     "Merhaba {name},\n\n#{ticket} numaralı destek talebiniz çözüldü olarak işaretlendi.\n\nÇözüm: Faturanızdaki hatalı tutar düzeltildi ve {amount} TL iade edildi.\n\nSorununuz devam ediyorsa bu e-postayı yanıtlayarak talebi yeniden açabilirsiniz.\n\nSaygılarımızla,\n{co} Müşteri Hizmetleri"),
    # 31 known issue workaround (en)
    ("Re: [Ticket #{ticket}] App crashes on startup after update",
     "Hi {name},\n\nI'm sorry the update caused trouble. This is a known issue affecting a small number of devices with an older OS version, and a fix is planned for next week's release.\n\nIn the meantime, this workaround should get you going:\n\n  1. Go to your phone's Settings > Apps > {product}.\n  2. Tap Storage > Clear cache (not Clear data - that would remove offline files).\n  3. Restart the app.\n\nCould you let me know whether that works? If not, please tell me your device model and OS version.\n\nKind regards,\nOliver\n{co} Mobile Support"),
    # 32 exchange approved (en)
    ("Exchange approved: {product}",
     "Hi {name},\n\nYour exchange request ({ticket}) is approved. We'll send size M as soon as we scan the return package.\n\nReturn label: {link}\nDeadline: {date}\n\nNeed a different size or colour? Just reply to this email.\n\nHappy to help,\n{co} Customer Care"),
    # 33 survey (sv)
    ("Vad tyckte du om vår hjälp?",
     "Hej {name}!\n\nDu var nyligen i kontakt med vår kundtjänst (ärende {ticket}). Hur nöjd är du med hjälpen du fick?\n\n😀 Mycket nöjd · 🙂 Nöjd · 😐 Sådär · 🙁 Missnöjd\n\nSvara här: {link}\n\nTack för att du hjälper oss att bli bättre!\n{co} Kundtjänst"),
    # 34 update waiting on courier (en)
    ("Update on your case {ticket}",
     "Hi {name},\n\nQuick update: I've contacted the courier about order {order} and they've opened an investigation (their reference {track}). They usually respond within 48 hours.\n\nI'll check back on {date} and let you know either way. If the package turns up in the meantime, please tell me so I can cancel the claim.\n\nThanks,\nPriya\n{co} Support"),
    # 35 internal IT incident (en)
    ("INC{ticket} has been opened on your behalf",
     "Hello {name},\n\nAn incident has been opened for you by the IT Service Desk.\n\n  Number:       INC{ticket}\n  Caller:       {name} {last}\n  Category:     Hardware > Laptop\n  Short desc.:  Battery swelling, trackpad lifting\n  Assignment:   Desktop Support - Building B\n  State:        New\n\nPlease stop using the device and keep it unplugged. A technician will contact you to arrange a swap.\n\nTo view this incident, visit the Service Portal: {link}\n\nThank you,\nIT Service Desk\n\nRef:MSG0000000"),
    # 36 agent answer (ko)
    ("[{co} 고객센터] 문의하신 내용에 대한 답변입니다",
     "안녕하세요, {name} 고객님.\n{co} 고객센터입니다.\n\n문의하신 주문({order})의 배송 지연 건을 확인한 결과, 물류센터 사정으로 출고가 하루 늦어졌습니다. 오늘 출고 예정이며, 운송장 번호는 출고 후 다시 안내드리겠습니다.\n\n불편을 드려 죄송합니다.\n\n문의번호: {ticket}\n감사합니다."),
    # 37 solved short (en)
    ("Solved: #{ticket}",
     "Hi {name}, I've applied the credit to your account and marked this ticket as solved. Reply if you need anything else! - Kai, {co} Support"),
    # 38 troubleshooting (ar)
    ("رد: مشكلة في الاتصال بالإنترنت - تذكرة رقم {ticket}",
     "عزيزي {name}،\n\nشكراً لتواصلك معنا. يرجى تجربة الخطوات التالية:\n\n١. أعد تشغيل جهاز الراوتر وانتظر دقيقتين.\n٢. تأكد من أن جميع الكابلات موصولة بإحكام.\n٣. جرّب الاتصال بجهاز آخر.\n\nإذا استمرت المشكلة، يرجى الرد على هذه الرسالة وسنقوم بحجز زيارة فنية.\n\nمع التحية،\nفريق الدعم الفني - {co}"),
    # 39 RMA received (en)
    ("We received your return (RMA {ticket})",
     "Hello {name},\n\nYour returned {product} arrived at our repair centre on {date}. Our technicians will inspect it within 2 business days.\n\nIf the fault is covered by warranty, the repair is free. If not, we'll send you a quote before doing any work.\n\nRMA:    {ticket}\nStatus: Received - awaiting inspection\n\nCheck status: {link}\n\n{co} Service Centre"),
    # 40 CES survey (en)
    ("{name}, 2 minutes to rate your experience?",
     "Hi {name},\n\nThanks for contacting {co} Support about \"{product} won't pair\" (#{ticket}).\n\nOn a scale of 1-5, how easy was it to get your issue resolved?\n\n   1   2   3   4   5\n\nClick a number to answer: {link}\n\nYour feedback goes directly to the support team lead.\n\nTo stop receiving surveys, update your contact preferences."),
    # 41 reassigned (en)
    ("Ticket #{ticket} assigned to a specialist",
     "Hi {name},\n\nYour ticket #{ticket} has been reassigned from General Support to our Billing Specialists, who can make changes to invoices.\n\nYou don't need to do anything; a specialist will reply on this thread. Current expected response time: 1 business day.\n\n{co} Help Center"),
    # 42 created from email one-liner (en)
    ("[#{ticket}] Re: refund not received",
     "Request #{ticket} received. Our billing team will reply within 2 business days. Reply to this email to add details."),
    # 43 agent answer (uk)
    ("Re: Зміна тарифу [Звернення №{ticket}]",
     "Доброго дня, {name}!\n\nДякуємо за звернення. Ми змінили ваш тарифний план на «Бізнес» з {date}. Різницю у вартості буде враховано в наступному рахунку.\n\nЯкщо у вас виникнуть додаткові запитання — просто відповідайте на цей лист.\n\nЗ повагою,\nОксана\nСлужба підтримки {co}"),
    # 44 resolved (id)
    ("Tiket #{ticket} telah diselesaikan",
     "Halo {name},\n\nTiket bantuan Anda #{ticket} telah kami tandai sebagai selesai.\n\nRingkasan: saldo yang tertahan telah dikembalikan ke akun Anda.\n\nJika masalah belum teratasi, balas email ini dalam 7 hari untuk membuka kembali tiket.\n\nTerima kasih,\nTim Dukungan {co}"),
    # 45 troubleshooting (vi)
    ("Hướng dẫn khắc phục sự cố - Yêu cầu #{ticket}",
     "Chào {name},\n\nCảm ơn bạn đã liên hệ với {co}. Về lỗi không đồng bộ dữ liệu, bạn vui lòng thử các bước sau:\n\n1. Đăng xuất khỏi ứng dụng rồi đăng nhập lại.\n2. Kiểm tra kết nối mạng.\n3. Cập nhật ứng dụng lên phiên bản mới nhất.\n\nNếu vẫn không được, hãy trả lời email này kèm ảnh chụp màn hình lỗi.\n\nTrân trọng,\nBộ phận hỗ trợ khách hàng {co}"),
    # 46 RMA out of warranty (en)
    ("RMA request {ticket}: out of warranty",
     "Dear {name},\n\nThank you for submitting an RMA request for {product} (serial XX0000000).\n\nUnfortunately, our records show the warranty for this unit expired on {date}, so we can't offer a free repair. We can repair it for a flat fee of {amount}, including return shipping.\n\nIf you'd like to proceed, reply \"APPROVE\" to this email. If not, no action is needed and the request will close in 14 days.\n\nBest regards,\n{co} Technical Services"),
    # 47 feedback follow-up (en)
    ("Thanks for your feedback on #{ticket}",
     "Hi {name},\n\nThanks for rating your support experience. We're sorry it wasn't great this time.\n\nA team lead will review ticket #{ticket} and may contact you to follow up. If you'd like to add anything, just reply to this email.\n\n{co} Support"),
    # 48 callback scheduled (en)
    ("Callback scheduled for {date} - ticket {ticket}",
     "Hi {name},\n\nAs requested, one of our product specialists will call you on {date} at 15:00 (your local time) to walk through the data migration.\n\nPlease have your admin access ready, and make sure you can share your screen. The session usually takes about {mins} minutes.\n\nNeed to change the time? Use this link: {link}\n\nRegards,\n{co} Customer Success\nTicket {ticket}"),
    # 49 ticket created (he)
    ("פנייתך התקבלה - מספר פנייה {ticket}",
     "שלום {name},\n\nפנייתך למוקד השירות של {co} התקבלה ונרשמה במערכת.\n\nמספר פנייה: {ticket}\nנושא: חיוב כפול\n\nנציג יחזור אליך תוך 2 ימי עסקים. ניתן לעקוב אחר הפנייה בקישור: {link}\n\nבברכה,\nמוקד שירות הלקוחות {co}"),
    # 50 human answer with quote (en)
    ("Re: Can I use my own domain?",
     "Hey {name},\n\nYes you can! Custom domains are available on all paid plans. Here's how:\n\n- Go to Settings > Domains and click \"Add domain\".\n- Add the two CNAME records we show you at your DNS provider.\n- Click Verify. Most domains go live within {mins} minutes.\n\nHere's the full guide with screenshots: {link}\n\nAnything else, just shout.\n\nNina\nCustomer Happiness @ {co}\n\n--\nTicket {ticket} - Replies to this email go straight to our support team.\n\n> From: {name} {last}\n> Sent: {date}\n> Subject: Can I use my own domain?\n>\n> Hi, I'm on the trial. Can I send from my own domain or only yours?"),
    # 51 resolved (el)
    ("Το αίτημά σας #{ticket} επιλύθηκε",
     "Αγαπητέ/ή {name},\n\nΤο αίτημα υποστήριξης #{ticket} έχει επιλυθεί.\n\nΑν το πρόβλημα παραμένει, απαντήστε σε αυτό το μήνυμα εντός 7 ημερών και το αίτημα θα ανοίξει ξανά.\n\nΜε εκτίμηση,\nΤμήμα Εξυπηρέτησης Πελατών {co}"),
    # 52 deliverability troubleshooting table (en)
    ("Re: [#{ticket}] Emails to customers going to spam",
     "Hi {name},\n\nI looked at the headers you sent. Here's what I found for mail sent from {host}:\n\n  Check     Result    Notes\n  SPF       pass      -\n  DKIM      fail      body hash mismatch, likely a footer added after signing\n  DMARC     fail      because DKIM fails and SPF isn't aligned\n\nMost likely fix: your outbound relay is appending a legal footer after the message is signed. Either move the footer before signing, or sign on the relay instead.\n\nOnce you've changed it, send a test to the address in our deliverability guide ({link}) and reply here with the result. I'll keep this ticket open.\n\nBest,\nMarco\nDeliverability Support, {co}"),
    # 53 courier collection for repair (en)
    ("Courier collection booked for RMA {ticket}",
     "Hi {name},\n\nA courier will collect your {product} for repair on {date} between 09:00 and 17:00. Please have it packed; the driver will bring the label.\n\nCollection reference: {track}\nRMA: {ticket}\n\nIf you need to rearrange, reply to this email at least one day before.\n\n{co} Repairs"),
    # 54 survey (cs)
    ("Ohodnoťte prosím naši podporu – požadavek {ticket}",
     "Dobrý den, {name},\n\nváš požadavek {ticket} byl uzavřen. Budeme rádi, když nám dáte vědět, jak jste byli spokojeni s naší pomocí.\n\nHodnocení zabere jen chvilku: {link}\n\nDěkujeme,\nzákaznická podpora {co}"),
    # 55 team lead apology with credit (en)
    ("Sorry about the trouble - a small credit for you",
     "Hi {name},\n\nI wanted to follow up personally on ticket {ticket}. Three days without access to your dashboard is not the experience we want for you, and I'm sorry we didn't catch the problem sooner.\n\nI've added a credit of {amount} to your account; it will apply to your next invoice automatically.\n\nIf anything else comes up, you can reach me directly by replying to this email.\n\nAll the best,\nGrace Ndlovu\nSupport Team Lead, {co}"),
]

_PERSONAL: list[tuple[str, str]] = [
    # 0 friend (en)
    ("weekend?",
     "Hey {name}!\n\nAre you around this weekend? Tomás and I are thinking of hiking the ridge trail on Saturday if the weather holds, then grabbing dinner at that dumpling place afterwards. Bring the dog!\n\nLet me know - no pressure if you're swamped.\n\nR."),
    # 1 family (pt)
    ("Almoço de domingo",
     "Oi {name}, tudo bem?\n\nA vó pediu para avisar que o almoço de domingo vai ser na casa dela, ao meio-dia. Eu levo a sobremesa; você consegue levar o refrigerante e o pão?\n\nAh, e o tio Carlos vai buscar a tia no aeroporto, então pode ser que atrasem um pouco.\n\nBeijos,\nMari"),
    # 2 colleague (en)
    ("Quick question about Thursday",
     "Hi {name},\n\nAre we still on for Thursday at 2? I was going to walk through the migration plan for {repo} but happy to push it if you're buried in the release.\n\nAlso - could you bring the numbers from last quarter? I only have the draft version.\n\nThanks,\nDaniel"),
    # 3 neighbour (en)
    ("Your parcel is with me",
     "Hi {name},\n\nThe courier left a parcel for you with us this afternoon (a big one - might be the lamp?). I'm home all evening, just knock. If not, I'll leave it in your porch tomorrow morning before work.\n\nCheers,\nHelen from no. 14"),
    # 4 mailing list (en)
    ("Re: [users] Best way to rotate DKIM keys without downtime?",
     "On {date}, {name} {last} wrote:\n> Is there a recommended way to rotate DKIM keys without a window where\n> messages fail verification?\n\nWhat we do: publish the new key under a new selector a week ahead, switch\nsigning to the new selector, and leave the old record in DNS for another\ntwo weeks so mail sitting in queues still verifies. Never reuse selector\nnames.\n\nWorks fine across ~40 domains here.\n\n-- \nPieter\n_______________________________________________\nusers mailing list\nusers@lists.example\nhttps://lists.example/listinfo/users"),
    # 5 one-liner (en)
    ("lunch?",
     "Free for lunch at 12:30? I'm starving."),
    # 6 shared holiday-house bill (de)
    ("Die Rechnung vom Ferienhaus",
     "Hallo {name},\n\nich habe gerade die Rechnung vom Ferienhaus bekommen — insgesamt {amount} Euro für die Woche. Geteilt durch vier ist das ja noch im Rahmen, ich schicke dir die genaue Zahl noch.\n\nKannst du mir deinen Anteil bis Ende des Monats überweisen? Die Buchungsnummer ist {order}, falls du die für deine Unterlagen brauchst.\n\nFreu mich schon riesig!\nLiebe Grüße\nSabine"),
    # 7 long catch-up (en)
    ("long overdue update!",
     "{name}!!\n\nI know, I know, it's been forever. Life has been a lot. Quick rundown:\n\n- We finally moved - the new place has a tiny garden and a very loud neighbour rooster.\n- I started the new job in March. It's good! Less travel, nicer people, worse coffee.\n- Mum's knee surgery went well and she's already complaining about physio, so she's fine.\n\nHow are you? How's the pottery going? Are you still doing the Tuesday class?\n\nWe should do a proper call soon. Sunday evenings usually work for me.\n\nMiss you,\nJo\n\nPS: I found that photo of us at the lake in 2012. Attaching it so you can suffer too."),
    # 8 family photos link (es)
    ("Fotos del cumple de Lucas",
     "¡Hola {name}!\n\nTe mando el enlace con las fotos del cumpleaños de Lucas: {link}\n\nSalió guapísimo en la de la tarta 😂. Dile a tu madre que gracias por el regalo, le encantó.\n\nUn abrazo,\nTía Carmen"),
    # 9 colleague handover (en)
    ("Handover notes before I'm off",
     "Hi {name},\n\nI'm out from Friday for two weeks, so here's where things stand:\n\n1. The vendor contract is with legal; they promised comments by {date}.\n2. The {host} migration is done except for the cron jobs - list is in the team wiki.\n3. Ana has the client call on Tuesday; she has all the context.\n\nIf anything's on fire, text me, but please only if it's actually on fire :)\n\nThanks for covering!\nMarta"),
    # 10 book club (en)
    ("Book club - next month's pick",
     "Hi all,\n\nThanks to everyone who came on Tuesday, and to {name} for hosting (the lemon cake was a hit).\n\nNext month we're reading \"The Salt Orchard\". We'll meet at mine on {date} at 7pm. Please let me know if you can't make it so I can plan snacks.\n\nHappy reading,\nGwen"),
    # 11 mailing list (fr)
    ("Re: [asso-velo] Sortie de dimanche annulée ?",
     "Salut à tous,\n\nVu la météo annoncée (orages l'après-midi), je propose qu'on avance le départ à 7h30 au lieu de 9h et qu'on fasse la boucle courte. Qui est partant ?\n\nJulien\n\n> Le {date}, {name} a écrit :\n> Est-ce qu'on maintient la sortie de dimanche avec la pluie prévue ?\n\n-- \nListe de diffusion asso-velo\nPour vous désinscrire : asso-velo-request@listes.example"),
    # 12 one-liner (it)
    ("stasera",
     "Ci sei stasera per la partita? Porto io le birre."),
    # 13 door code (en)
    ("door code for Saturday",
     "Hey {name},\n\nFor Saturday: the building door code is {code}, then it's the third floor, flat on the left. Parking is free on the street after 6.\n\nSee you there!\nAmir"),
    # 14 reply chain (en)
    ("Re: Re: that restaurant",
     "haha yes that's the one. ok booking it for 8, I'll put it under my name.\n\nOn {date}, {name} wrote:\n> wait is that the place with the blue door and the tiny tables?\n>\n> > Shall we try the Georgian place on Mill Road? Heard great things."),
    # 15 dad (en)
    ("computer again",
     "Hi love,\n\nThe computer is doing the thing again where it says the printer is not there. I have tried turning it off and on. Your mother says to email you instead of ringing during work so here I am.\n\nNo rush, maybe when you come on Sunday?\n\nLove Dad\n\nSent from my tablet"),
    # 16 colleague draft review (en)
    ("Draft for your review",
     "Hi {name},\n\nAttached is the draft of the partner proposal. I'd mostly like your eyes on section 3 (pricing) - I'm not sure the tiering makes sense for smaller teams.\n\nAlso on the shared drive if easier: {link}\n\nNo rush, end of week is fine.\n\nBest,\nYusuf"),
    # 17 neighbour (nl)
    ("Boom in de achtertuin",
     "Hoi {name},\n\nIk wilde even laten weten dat de hovenier op {date} komt om de grote eik aan de erfgrens te snoeien. Er kan wat lawaai zijn tussen 8 en 12 uur. Als er takken in jullie tuin vallen, ruimen ze die natuurlijk op.\n\nGroetjes,\nEls (nr. 23)"),
    # 18 patch review list (en)
    ("Re: [PATCH v2 3/5] parser: handle folded headers with tabs",
     "On {date} at 10:14, {name} {last} wrote:\n> I'm not sure about accepting bare CR as a fold. RFC 5322 doesn't allow it\n> and I'd rather not be lenient here.\n\nAgreed for the strict parser. But the lenient path already accepts bare\nLF, so rejecting bare CR there feels inconsistent. How about we keep it in\nlenient mode only and add a test for both?\n\nv3 coming tonight.\n\nThanks,\nKenji"),
    # 19 one-liner (pl)
    ("Re: klucze",
     "Zostawiłam klucze u sąsiadki spod 4. Buziaki!"),
    # 20 concert refund (en)
    ("the concert refund",
     "Hey {name},\n\nGood news - the venue finally refunded the tickets from the cancelled show. I got {amount} back on my card today, so I'll send you your half tonight.\n\nOrder number was {order} in case you want to check anything on your end.\n\nStill gutted we didn't get to see them.\n\nKat"),
    # 21 favour (en)
    ("favour to ask",
     "Hi {name}, any chance you could feed the cats Thursday and Friday? We're off to my sister's. Key's under the usual pot. I owe you a bottle of something. x Lou"),
    # 22 mum (ru)
    ("Привет из деревни",
     "Привет, {name}!\n\nУ нас всё хорошо. Папа наконец-то починил крышу на сарае, а я посадила помидоры — в этом году аж двадцать кустов. Погода тёплая, вечерами ходим на речку.\n\nКогда приедешь? Бабушка спрашивает каждый день. Привози детей, места всем хватит.\n\nЦелую,\nмама"),
    # 23 colleague one-liner (en)
    ("can you join the 3pm?",
     "Hi {name} - can you jump on the 3pm with the {co} folks? They have questions about the API limits and you know that better than me. Invite forwarded. Thanks! -Sam"),
    # 24 PTA (en)
    ("Bake sale volunteers",
     "Hi everyone,\n\nThe school bake sale is on {date} and we're still short of volunteers for the 2-4pm slot. If you can help for even an hour, please reply to me directly (not reply-all, please!).\n\nAlso, nut-free bakes only this year.\n\nThank you!\nRachel (Year 3 class rep)"),
    # 25 birding list (en)
    ("[birding-north] Possible rare sighting at the reservoir",
     "Morning all,\n\nSeen around 07:20 today at the north end of the reservoir, near the second hide: a small wader with very pale legs that I couldn't match to anything in my guide. Photos are poor but I've put them here: {link}\n\nCould anyone with more experience take a look? I'll be back there tomorrow at dawn.\n\nGood birding,\nMalcolm\n\n--\nYou received this message because you are subscribed to the birding-north group."),
    # 26 one-liner (en)
    ("Re: slides",
     "Looks great, ship it.\n\nSent from my phone"),
    # 27 electrician invoice (sv)
    ("Fakturan från elektrikern",
     "Hej {name}!\n\nElektrikern skickade fakturan för jobbet i tvättstugan, {amount} kr totalt. Jag har betalat den, så skicka mig halva när du kan. Fakturanumret var {order} om du vill ha det till deklarationen (ROT-avdrag!).\n\nKram,\nOskar"),
    # 28 friend (ja)
    ("久しぶり！",
     "{name}さん\n\nお久しぶりです！元気にしてますか？\n来月、仕事で大阪に行くことになったので、もし時間があればご飯でもどうですか？{date}の夜なら空いています。\n\n最近は週末に山登りを始めました。写真、また送りますね。\n\nではでは、\nゆき"),
    # 29 sibling (en)
    ("Mum & Dad's 40th - ideas?",
     "Hey {name},\n\nTheir 40th is on {date} (!!). I was thinking we could rent the back room at the pub they went to on their first date and invite the old crowd. Or is that too much and we should just do a family dinner?\n\nI can cover the deposit now, we can split later. Also need to find that wedding photo for the cake, do you still have the album?\n\nLet me know what you think before Friday?\n\nBen"),
    # 30 colleague (zh)
    ("关于明天的会议",
     "{name}，你好：\n\n明天下午三点的项目评审会议改到四点了，会议室不变。麻烦你把上周的测试报告带上，李经理想看一下性能数据。\n\n谢谢！\n小王"),
    # 31 lost cat (en)
    ("Have you seen Biscuit?",
     "Hi {name},\n\nSorry to bother you - our ginger cat Biscuit didn't come home last night. He's very friendly, has a green collar. Could you have a quick look in your shed or garage when you get a chance? He likes to sneak in.\n\nOur number is 000 0000 0000 if you spot him.\n\nThanks so much,\nAnita & Joe (no. 9)"),
    # 32 homelab list (en)
    ("[homelab] UPS recommendations for a small rack?",
     "Hi list,\n\nI'm looking for a UPS for a small rack at home: two mini PCs, a switch and a NAS, maybe 150 W total. I'd like at least {mins} minutes of runtime and something that can signal a clean shutdown over USB or network.\n\nWhat are people using? Anything to avoid?\n\nThanks,\nTomasz\n\n-- \nTo unsubscribe from this group, send an email to homelab+unsubscribe@groups.example"),
    # 33 one-liner (tr)
    ("Akşam",
     "Akşam yemeğe geliyor musun? Annem mantı yapıyor."),
    # 34 house-sitting with code (en)
    ("the wifi + tv login",
     "Hi {name}! For your stay - wifi network is 'Garden', password is on the fridge. If the TV asks for a code to log in to the film app, it's {code} - I already set it up, just type that in.\n\nHave a lovely time, plants need water every 2 days!\n\nMia"),
    # 35 condolence (en)
    ("thinking of you",
     "Dear {name},\n\nI just heard about your grandfather from Priya. I'm so sorry. I know how close you two were - I still remember him teaching us to play backgammon on his balcony and letting us win.\n\nPlease don't feel you need to reply. I'm around if you want company, a walk, or just someone to bring food. I'll drop off some soup on Thursday unless you tell me not to.\n\nWith love,\nHannah"),
    # 36 mum (ko)
    ("엄마야",
     "{name}아,\n\n이번 주말에 김치 담그려고 하는데 시간 되면 와서 좀 도와줄래? 배추는 벌써 사 놨어. 아빠는 토요일에 낚시 간대.\n\n밥 잘 챙겨 먹고.\n엄마가"),
    # 37 colleague PR link (en)
    ("can you look at my PR before standup?",
     "Morning {name}, small one - {link} - it's the fix for the timezone bug on {repo}. Just want a second pair of eyes before I merge. Thanks!!\n\n- Lena"),
    # 38 residents meeting (uk)
    ("Збори мешканців у суботу",
     "Доброго дня, сусіди!\n\nУ суботу, {date}, о 18:00 біля під'їзду збираємося обговорити ремонт ліфта та прибирання двору. Приходьте, будь ласка, — потрібна більшість, щоб ухвалити рішення.\n\nЯкщо не зможете, напишіть мені свою думку у відповідь на цей лист.\n\nДякую!\nОлена, кв. 27"),
    # 39 dev list +1 (en)
    ("Re: [dev] Proposal: drop support for the legacy config format",
     "+1 from me. We've printed a deprecation warning for two major versions now, and the migration script handles every config I've thrown at it.\n\nOne request: can we keep the old parser available behind a flag for one more release, for the folks on air-gapped systems who update slowly?\n\n- Ines\n\nOn {date}, {name} {last} wrote:\n> I'd like to propose removing the legacy INI config format in 4.0.\n> Thoughts?"),
    # 40 one-liner (en)
    ("running late",
     "Running 10 min late, order me a flat white?"),
    # 41 colleague forwarding invoice (en)
    ("Fwd: Invoice {order} - is this ours?",
     "Hi {name},\n\nDo you know if this one is from the design agency we used for the offsite? It's for {amount} and I can't find a PO for it. If it's legit can you approve it in the finance tool, otherwise I'll push back.\n\nThanks,\nGreta\n\n---------- Forwarded message ---------\nFrom: Accounts <billing@studio.example>\nDate: {date}\nSubject: Invoice {order}\n\nPlease find attached invoice {order}. Payment due within 30 days."),
    # 42 reaction (en)
    ("Re: photos",
     "omg these are amazing 😍 send me the one with the goat"),
    # 43 family news (ar)
    ("أخبار العائلة",
     "عزيزي {name}،\n\nالسلام عليكم، أتمنى أن تكون بخير. أردت أن أخبرك أن أختك رُزقت بمولود جميل يوم {date}، والحمد لله الأم والطفل بصحة جيدة. سمّوه يوسف.\n\nننتظرك في الزيارة متى ما استطعت. والدتك تسلّم عليك كثيراً.\n\nمع محبتي،\nخالتك سميرة"),
    # 44 colleague (hi)
    ("कल की मीटिंग के बारे में",
     "नमस्ते {name},\n\nकल सुबह 11 बजे क्लाइंट के साथ मीटिंग है। क्या आप प्रेजेंटेशन की आखिरी स्लाइड में नए आंकड़े जोड़ सकते हैं? मैंने फ़ाइल साझा फ़ोल्डर में रख दी है।\n\nधन्यवाद,\nराहुल"),
    # 45 neighbour (el)
    ("Θόρυβος από τις εργασίες",
     "Καλησπέρα {name},\n\nΉθελα να σας ενημερώσω ότι από τη Δευτέρα ξεκινάμε εργασίες στο μπάνιο και θα υπάρχει θόρυβος από τις 9 έως τις 2 για περίπου μία εβδομάδα. Ζητώ συγγνώμη εκ των προτέρων για την ενόχληση!\n\nΑν χρειαστείτε κάτι, είμαι στο διαμέρισμα 3Β.\n\nΦιλικά,\nΝίκος"),
    # 46 residents list (en)
    ("Re: [oakfield-residents] Speed bumps on Station Road",
     "I'm with Derek on this. The bumps on Park Lane just pushed traffic onto Elm Grove. A 20mph limit with a camera would do more.\n\nAlso, for those asking, the council consultation closes on {date}: {link}\n\nBarbara\n\n> On {date}, Derek wrote:\n>> Has anyone actually measured speeds on Station Road? Before we ask for\n>> speed bumps I'd like some numbers.\n\n--\noakfield-residents: neighbourhood discussion list. Be kind."),
    # 47 short (en)
    ("call me",
     "Call me when you get a sec, nothing bad, just need your opinion on something."),
    # 48 mum asking for a code (en)
    ("did you get a code?",
     "Hi {name},\n\nI'm trying to log into the family photo account and it says it sent a code to your email instead of mine. Could you check and text me the number? Should've come from {co} a minute ago.\n\nSorry!! x Mum"),
    # 49 reunion (id)
    ("Reuni SMA",
     "Halo {name}!\n\nKamu udah dengar belum? Reuni angkatan kita jadi diadakan tanggal {date} di rumah makan dekat sekolah dulu. Aku sama Dewi jadi panitia. Datang ya, nanti kita foto bareng lagi kayak dulu 😄\n\nKabari aku kalau bisa datang.\n\nSalam,\nRina"),
    # 50 recipe (en)
    ("Grandma's recipe",
     "Hi {name},\n\nAs promised, here's Grandma's plum cake recipe, copied exactly from her card (spelling included):\n\n- 250g flour\n- 200g butter, soft\n- 150g sugar\n- 3 eggs\n- plums, \"as many as fit\"\n- a pinch of cinnamon \"but not too much, your grandfather didn't like it\"\n\nBake at 180 for about 45 min, \"until it smells right\".\n\nGood luck!! Send pics.\n\nxx Clara"),
    # 51 colleague (cs)
    ("Re: podklady na poradu",
     "Ahoj {name},\n\ndíky za podklady. Jen drobnost – v tabulce u března chybí tržby za e-shop, můžeš to prosím doplnit do zítřka do 10? Pak to pošlu šéfovi.\n\nDíky moc,\nPetra"),
    # 52 coach (en)
    ("Training moved to Wednesday",
     "Hi parents,\n\nBecause of the pitch works, training this week moves from Tuesday to Wednesday, same time (17:30). Please make sure the kids bring water and shin pads.\n\nMatch on Saturday is still on; meet at the clubhouse at 9:15.\n\nThanks,\nCoach Darren"),
    # 53 academic list (en)
    ("Re: [ling-l] Corpus of informal emails?",
     "Hi {name},\n\nYou could look at the public-domain correspondence collections some university libraries have digitised - they're older, but the register is informal. For modern data most people end up collecting their own with consent; our ethics board wanted a very explicit opt-in form.\n\nHappy to share our consent template off-list if useful.\n\nBest,\nDr. Amara Osei\n\n> Is anyone aware of a freely available corpus of informal email for\n> studying politeness strategies?"),
    # 54 one-liner (vi)
    ("Tối nay",
     "Tối nay đi ăn phở không? 7 giờ nhé."),
    # 55 forwarded receipt to split (en)
    ("Fwd: Your receipt from {co}",
     "here's the receipt for the camping gear, total was {amount} - so {name} your share is a third. no rush!\n\n-- Forwarded --\nReceipt #{order}\n1 x {product}\n1 x Tent footprint\nTotal: {amount}\n\nThanks for shopping with {co}!"),
]

_MARKETING: list[tuple[str, str]] = [
    # 0 newsletter (en)
    ("The {co} Dispatch - {date}",
     "Hi {name},\n\nHere's what's new this month at {co}:\n\n📦 NEW: {product} now ships to 12 more countries\n📝 From the blog: \"5 ways to cut your inbox in half\"\n🎤 Customer story: how a three-person team answers 2,000 emails a week\n\nRead the full issue: {link}\n\nThat's it for now - see you next month.\n\nThe {co} team\n\n--\nYou're receiving this because you signed up for {co} updates.\nUnsubscribe · Update preferences · {co}, 99 Example Ave, Springfield"),
    # 1 sale (de)
    ("Nur bis Sonntag: 30 % auf alles ☀️",
     "Hallo {name},\n\nder Sommer-Sale ist da! Bis Sonntag, 23:59 Uhr, erhältst du 30 % Rabatt auf das gesamte Sortiment — auch auf {product}.\n\nDein Code: SOMMER30\n\nJetzt shoppen: {link}\n\nViele Grüße\nDein {co}-Team\n\n---\nDu erhältst diesen Newsletter, weil du dich bei {co} angemeldet hast. Abmelden: {link}\n{co} GmbH, Musterstraße 1, 12345 Musterstadt"),
    # 2 launch (en)
    ("Introducing {product}: built for teams that live in email",
     "Hi {name},\n\nToday we're launching {product} - the biggest update to {co} since we started.\n\nWhat's inside:\n• Shared inboxes with collision detection\n• Rules that run before messages hit your inbox\n• A new API for agents and automations\n\nExisting customers get it free for 60 days. Try it now: {link}\n\nWe can't wait to hear what you think.\n\n- Maya, co-founder of {co}\n\nYou're receiving product announcements from {co}. Unsubscribe: {link}"),
    # 3 webinar (en)
    ("[Webinar] Scaling support without scaling headcount - {date}",
     "Hi {name},\n\nJoin us live on {date} at 17:00 CET for a 45-minute session with our Head of Support Operations.\n\nYou'll learn:\n  -> how to triage 70% of tickets automatically\n  -> which metrics actually predict churn\n  -> live Q&A\n\nCan't make it? Register anyway and we'll send you the recording.\n\nSave my seat: {link}\n\nSee you there,\nThe {co} Events Team\n\n{co} · 1 Example Plaza · Unsubscribe from event invitations"),
    # 4 win-back (en)
    ("We miss you, {name}",
     "It's been a while since we've seen you at {co}.\n\nHere's 20% off your next order to welcome you back - no minimum, valid until {date}.\n\nCode: COMEBACK20\n{link}\n\nNot interested anymore? No hard feelings - you can unsubscribe below and we won't email again.\n\nUnsubscribe | Privacy | {co} Ltd, Registered in England No. 00000000"),
    # 5 loyalty (en)
    ("You have 1,240 points waiting ✨",
     "Hi {name},\n\nYour {co} Rewards balance: 1,240 points\nThat's enough for a free {product}!\n\nPoints expire on {date}, so don't let them go to waste.\n\nRedeem now: {link}\n\nYou're receiving this because you're a {co} Rewards member. Manage email preferences or unsubscribe at any time."),
    # 6 abandoned cart (fr)
    ("Vous avez oublié quelque chose…",
     "Bonjour {name},\n\nVotre panier vous attend ! {product} est toujours disponible, mais les stocks sont limités.\n\nFinaliser ma commande : {link}\n\nLivraison offerte dès 50 € d'achat.\n\nÀ très vite,\n{co}\n\nVous recevez cet e-mail car vous avez un compte {co}. Se désabonner"),
    # 7 long editorial newsletter (en)
    ("Weekly: the inbox zero myth, a new integration, and a recipe",
     "{co} WEEKLY · Issue 142\n\nHi {name},\n\n1) THE INBOX ZERO MYTH\nWe asked 400 readers how often they hit inbox zero. The median answer was \"never\". Here's why that's fine, and what high performers do instead. -> {link}\n\n2) NEW INTEGRATION\n{product} now connects to your calendar, so meeting requests get triaged automatically.\n\n3) FROM THE COMMUNITY\nA reader shares the four rules that cut her email time by an hour a day.\n\n4) ONE MORE THING\nOur office chef's lentil soup recipe, by popular demand.\n\nThanks for reading. Forward this to a friend who needs it.\n\n--\nYou are subscribed as {name}.{last}@mail.example. Unsubscribe or change how often you hear from us.\n{co} Media, 00 Example Street, Exampletown"),
    # 8 sale (es)
    ("🔥 Rebajas de invierno: hasta -50%",
     "Hola {name},\n\nEmpiezan las rebajas en {co}: hasta un 50% de descuento en abrigos, botas y accesorios.\n\nSolo online y hasta agotar existencias.\n\nVer ofertas: {link}\n\n¡Que no te lo quiten!\n\n--\nRecibes este correo porque te suscribiste a nuestra newsletter. Darse de baja.\n{co} S.L. · Calle Ejemplo 1 · Madrid"),
    # 9 feature roundup (en)
    ("New in {product}: webhooks v2, EU data region, and more",
     "Hi {name},\n\nA few things we shipped this month:\n\n- Webhooks v2 - signed payloads, retries with backoff, and a replay button.\n- EU data region - keep your data in Frankfurt. Opt in from Settings.\n- CLI 2.0 - deploys are 3x faster.\n\nFull changelog: {link}\n\nHappy building,\nThe {co} team\n\nYou're receiving this because you have a {co} account. Unsubscribe from product updates."),
    # 10 conference invite (en)
    ("You're invited: {co} Summit {date}",
     "Dear {name},\n\nWe'd love to see you at {co} Summit, our annual customer conference, on {date} in Rotterdam.\n\n• 30+ sessions from customers and our product team\n• Hands-on workshops\n• The famous closing party\n\nAs a customer, you get 40% off with code CUSTOMER40. Early-bird pricing ends soon.\n\nRegister: {link}\n\nBest,\n{co} Events\n\nIf you no longer want to receive event invitations, unsubscribe here."),
    # 11 win-back (it)
    ("{name}, ci manchi! Ecco un regalo per te",
     "Ciao {name},\n\nè da un po' che non ti vediamo su {co}. Per festeggiare il tuo ritorno ti regaliamo la spedizione gratuita sul prossimo ordine.\n\nScopri le novità: {link}\n\nA presto,\nIl team {co}\n\nNon vuoi più ricevere le nostre email? Cancella l'iscrizione."),
    # 12 referral (pt)
    ("Indique um amigo e ganhe R$ 50",
     "Oi {name}!\n\nGosta da {co}? Compartilhe com seus amigos: eles ganham 20% de desconto na primeira compra e você ganha R$ 50 em créditos para cada amigo que comprar.\n\nSeu link de indicação: {link}\n\nAbraços,\nEquipe {co}\n\nPara não receber mais estes e-mails, clique aqui."),
    # 13 gift guide (en)
    ("The {co} gift guide is here 🎁",
     "Hi {name},\n\nStuck on what to get? We've rounded up our favourite gifts for every budget:\n\n  Under 25 ........ cosy socks, mugs, candles\n  Under 50 ........ {product}, leather notebooks\n  Splurge ......... the weekender bag\n\nOrder by {date} for delivery before the holidays.\n\nShop the guide: {link}\n\n{co} | Unsubscribe | View in browser"),
    # 14 small business newsletter (en)
    ("News from the bakery 🥐",
     "Hello friends,\n\nAutumn is here and so are our cinnamon knots! A few updates from us:\n\n- New opening hours: we now open at 7:00 on Sundays.\n- Sourdough class on {date} - 6 spots left.\n- We're trialling oat milk at no extra charge.\n\nThank you for supporting a small local business. See you at the counter!\n\nElena & the {co} Bakery team\n\nYou joined our list at the till. Unsubscribe anytime: {link}"),
    # 15 flash sale (en)
    ("⏰ 24 hours only: {product} for {amount}",
     "FLASH SALE\n\n{product}\nNow {amount} (was 129.00)\n\nEnds tomorrow at midnight. While stocks last. Limit 2 per customer.\n\nShop now -> {link}\n\nPrices include VAT. Terms apply.\n\nYou received this email because you subscribed to {co} offers.\nUnsubscribe | {co} Retail Ltd, Unit 0, Example Park"),
    # 16 pre-order launch (en)
    ("Be the first: {product} pre-orders open now",
     "Hi {name},\n\nAfter two years in development, {product} is finally here. As a subscriber, you get early access - pre-orders open to you 48 hours before everyone else.\n\nShips: {date}\nEarly-bird price: {amount}\n\nPre-order now: {link}\n\nThanks for being with us from the start.\n\n{co}\n\nUnsubscribe from launch emails"),
    # 17 webinar (nl)
    ("Uitnodiging: gratis webinar over e-mailbeveiliging",
     "Beste {name},\n\nOp {date} om 15:00 uur organiseert {co} een gratis webinar over e-mailbeveiliging voor het mkb. Onze experts laten zien hoe u phishing herkent en uw domein beschermt met SPF, DKIM en DMARC.\n\nAanmelden: {link}\n\nMet vriendelijke groet,\nTeam {co}\n\nU ontvangt deze e-mail omdat u klant bent van {co}. Afmelden"),
    # 18 sunset re-permission (en)
    ("Should we stop emailing you?",
     "Hi {name},\n\nWe noticed you haven't opened our emails in a while. We don't want to clutter your inbox, so unless you tell us otherwise, we'll stop sending you our newsletter in 30 days.\n\nYes, keep me subscribed: {link}\n\nNo action needed if you'd rather we go quiet. Thanks for reading for as long as you did.\n\n- {co}"),
    # 19 loyalty (pl)
    ("Twoje punkty czekają – odbierz nagrodę",
     "Cześć {name}!\n\nMasz na koncie 850 punktów w programie {co} Club. To wystarczy, żeby odebrać {product} za darmo!\n\nPunkty wygasają {date}.\n\nWymień punkty: {link}\n\nPozdrawiamy,\nZespół {co}\n\nNie chcesz otrzymywać naszych wiadomości? Wypisz się."),
    # 20 survey with incentive (en)
    ("Tell us what you think (and get 10% off)",
     "Hi {name},\n\nWe're planning next year's collection and want your input. Our 3-minute survey asks what you loved, what you didn't, and what you wish we made.\n\nAs a thank-you, you'll get 10% off your next order.\n\nTake the survey: {link}\n\nThanks!\n{co}\n\nUnsubscribe · Privacy policy"),
    # 21 onboarding tips (en)
    ("3 tips to get more out of {product}",
     "Hi {name},\n\nYou've been using {product} for a month - nice! Here are three things power users love:\n\n1. Keyboard shortcuts: press ? anywhere to see them.\n2. Snippets: save replies you type often.\n3. Scheduled send: write now, deliver at 9am their time.\n\nLearn more in our 5-minute video: {link}\n\nCheers,\nThe {co} team\n\nDon't want tips like these? Unsubscribe."),
    # 22 sale (ja)
    ("【{co}】期間限定セール開催中！最大50%OFF",
     "{name}様\n\nいつも{co}をご利用いただきありがとうございます。\n\n本日より期間限定セールを開催しております。\n人気の{product}も特別価格でご提供中です。\n\n▼セール会場はこちら\n{link}\n\n開催期間：{date}まで\n\n※在庫がなくなり次第終了となります。\n\n――――――――――――\n配信停止をご希望の方はこちら\n{co} 株式会社\n――――――――――――"),
    # 23 app launch one-liner (en)
    ("Our new app is here 📱",
     "Hi {name}, track orders, save favourites and get member-only deals in the new {co} app. Download it from your app store and sign in with your account. {link}\n\nUnsubscribe"),
    # 24 meetup (en)
    ("Meetup: Email deliverability night - {date}",
     "Hey {name},\n\nWe're hosting a free meetup at our office on {date}: three short talks on deliverability, pizza, and a chance to meet the engineers behind {product}.\n\nDoors 18:30, talks 19:00.\nSpots are limited: RSVP at {link}\n\nSee you there!\n{co} Developer Relations\n\nYou're receiving this because you attended a past {co} event. Unsubscribe."),
    # 25 trial ended upsell (en)
    ("Your trial has ended - here's 25% off",
     "Hi {name},\n\nYour {product} trial ended on {date}. Your workspace and data are safe for 30 more days.\n\nUpgrade this week and get 25% off your first year: {link}\n\nQuestions about plans? Just reply - a real person reads these.\n\n- {co}\n\nUnsubscribe from trial emails"),
    # 26 upsell (en)
    ("Upgrade to Premium and save 2 months",
     "Hi {name},\n\nLove {product}? Switch to annual Premium and get 12 months for the price of 10.\n\n✔ Unlimited projects\n✔ Priority support\n✔ Advanced analytics\n\nUpgrade: {link}\n\nOffer ends {date}.\n\n{co} · Unsubscribe"),
    # 27 seasonal (sv)
    ("Midsommarerbjudanden från {co}",
     "Hej {name}!\n\nMidsommar närmar sig — passa på att fynda grillar, utemöbler och allt till festen med upp till 40 % rabatt.\n\nHandla här: {link}\n\nTrevlig midsommar!\n{co}\n\nVill du inte längre få våra nyhetsbrev? Avregistrera dig här."),
    # 28 newsletter (zh)
    ("{co}月刊 | 本月精选内容",
     "亲爱的{name}：\n\n感谢您订阅{co}月刊！本期精彩内容：\n\n· 新品上市：{product}\n· 用户故事：小团队如何高效管理客户邮件\n· 本月优惠：会员专享八折\n\n阅读全文：{link}\n\n{co}团队\n\n如不想再收到此类邮件，请点击退订。"),
    # 29 big weekend sale (en)
    ("BIG WEEKEND: everything 40% off starts now",
     "It's here, {name}.\n\n40% off sitewide. Friday to Monday only.\n\n-> Shop the sale: {link}\n\nFree returns until January.\n\n{co}\n\nThis is a marketing email from {co}. Unsubscribe / Manage preferences.\nView our privacy policy."),
    # 30 product launch (ko)
    ("(광고) [{co}] 신제품 출시 안내 – {product}",
     "{name}님, 안녕하세요!\n\n{co}에서 새로운 {product}를 출시했습니다. 출시 기념으로 {date}까지 20% 할인된 가격에 만나보세요.\n\n자세히 보기: {link}\n\n감사합니다.\n{co} 드림\n\n※ 본 메일은 광고성 정보 수신에 동의하신 회원님께 발송되었습니다. 수신거부"),
    # 31 virtual summit agenda (en)
    ("Agenda is live: {co} Connect {date}",
     "Hi {name},\n\nThe agenda for {co} Connect is live. Here's a taste:\n\n  TIME    SESSION\n  09:00   Keynote: the state of email\n  10:00   Building agents that read the inbox\n  11:30   Panel: deliverability after DMARC enforcement\n  13:00   Workshop: your first {product} automation\n\nIt's online and free. Register once, watch any session: {link}\n\nSee you on {date},\n{co} Events\n\nManage your email preferences or unsubscribe."),
    # 32 win-back what you missed (en)
    ("{name}, it's been 6 months - here's what you missed",
     "Hi {name},\n\nA lot has changed since you last logged in to {co}:\n\n• Dark mode (finally)\n• 2x faster search\n• Shared folders for families\n\nYour account is still here, with everything you left. Come back and take a look: {link}\n\nIf you'd rather close your account, you can do that from Settings.\n\nThe {co} team\n\nUnsubscribe from these emails"),
    # 33 loyalty (tr)
    ("{name}, size özel puan fırsatı!",
     "Merhaba {name},\n\n{co} Kart'ınızla {date} tarihine kadar yapacağınız alışverişlerde 3 kat puan kazanın!\n\nDetaylar: {link}\n\nİyi alışverişler,\n{co}\n\nBu e-postayı almak istemiyorsanız abonelikten çıkabilirsiniz."),
    # 34 back in stock (en)
    ("Back in stock: {product}",
     "Good news, {name} - the {product} you were watching is back in stock. Last time it sold out in 3 days.\n\nGet it now: {link}\n\nYou asked us to let you know. Manage alerts · Unsubscribe"),
    # 35 nonprofit newsletter (en)
    ("Spring update from the {co} Trust",
     "Dear {name},\n\nThanks to supporters like you, this spring we planted 4,000 trees along the river and reopened the wetland boardwalk.\n\nCOMING UP\n- Volunteer day: {date}, 10:00-15:00\n- Guided bird walk (free for members)\n- Annual members' meeting, online\n\nWant to do more? Become a monthly supporter: {link}\n\nWith thanks,\nThe {co} Trust team\n\nYou're receiving this as a member. Update preferences or unsubscribe. Registered charity no. 0000000."),
    # 36 sale (ru)
    ("Скидки до 60% только три дня",
     "{name}, здравствуйте!\n\nВ {co} стартовала большая распродажа: скидки до 60% на электронику и бытовую технику, в том числе на {product}.\n\nАкция действует до {date}.\n\nПерейти к покупкам: {link}\n\nВы получили это письмо, потому что подписаны на рассылку {co}. Отписаться можно по ссылке в конце письма."),
    # 37 beta invite (en)
    ("You're in: early access to {product}",
     "Hi {name},\n\nThanks for joining the waitlist! We're opening {product} to a small group of early users, and you're one of them.\n\nWhat you get:\n- Free access during the beta\n- A direct line to our product team\n- 50% off your first year when we launch\n\nGet started: {link}\n\n- The {co} team\n\nYou signed up for the waitlist on our website. Unsubscribe."),
    # 38 workshop (cs)
    ("Pozvánka na workshop {date}",
     "Dobrý den, {name},\n\nzveme Vás na bezplatný workshop „Efektivní e-mailová komunikace“, který pořádáme {date} v Praze.\n\nProgram:\n• praktické tipy pro správu schránky\n• automatizace odpovědí\n• diskuse s odborníky\n\nRegistrace: {link}\n\nTěšíme se na Vás,\ntým {co}\n\nPokud si nepřejete dostávat naše novinky, můžete se odhlásit."),
    # 39 former member offer (en)
    ("Come back for 3 months at half price",
     "{name}, your {product} membership ended a while ago. Rejoin by {date} and pay half price for 3 months. {link}\n\nOffer for former members only. Unsubscribe"),
    # 40 referral (en)
    ("Give 20, get 20",
     "Hi {name},\n\nShare {co} with friends: they get 20 off their first box, and you get 20 credit when their order ships.\n\nYour link: {link}\n\nThere's no limit - refer 10 friends, get 10 boxes' worth of credit.\n\nHappy cooking,\n{co}\n\nTerms apply. Unsubscribe."),
    # 41 birthday treat (en)
    ("Happy birthday, {name}! 🎂 A treat from us",
     "Happy birthday, {name}!\n\nTo celebrate, enjoy a free dessert with any main at {co} this month. Just show this email or your member QR code.\n\nValid until {date}. One per member.\n\nSee you soon,\n{co} Kitchen\n\nYou're getting this because you're a {co} member. Unsubscribe."),
    # 42 blog teaser one-liner (en)
    ("This week on the blog: the 4-hour inbox",
     "New post from {co}: how one team answers every customer email in 4 hours or less. Read it: {link} · Unsubscribe"),
    # 43 payday sale (id)
    ("Promo Gajian! Diskon hingga 70%",
     "Hai {name}!\n\nPromo gajian sudah dimulai! Dapatkan diskon hingga 70% dan gratis ongkir untuk semua produk, termasuk {product}.\n\nBerlaku sampai {date}.\n\nBelanja sekarang: {link}\n\nSalam hangat,\n{co}\n\nBerhenti berlangganan email promosi."),
    # 44 launch (vi)
    ("Ra mắt sản phẩm mới: {product}",
     "Xin chào {name},\n\n{co} hân hạnh giới thiệu {product} – sản phẩm mới nhất của chúng tôi. Đặt hàng trước {date} để nhận ưu đãi giảm 15%.\n\nXem chi tiết: {link}\n\nTrân trọng,\n{co}\n\nBạn nhận được email này vì đã đăng ký nhận tin. Hủy đăng ký."),
    # 45 webinar (ar)
    ("دعوة لحضور ندوة مجانية عبر الإنترنت",
     "مرحباً {name}،\n\nيسعدنا دعوتك لحضور ندوتنا المجانية عبر الإنترنت بعنوان «كيف تدير بريد عملائك بكفاءة» يوم {date} الساعة السابعة مساءً.\n\nسجّل الآن: {link}\n\nمع أطيب التحيات،\nفريق {co}\n\nلإلغاء الاشتراك في رسائلنا، اضغط هنا."),
    # 46 browse re-engagement quiz (en)
    ("Still looking for the perfect {product}?",
     "Hi {name},\n\nWe noticed you browsed {product} a while back. Not sure which one is right? Take our 60-second quiz and we'll recommend the best fit - plus free shipping on your first order.\n\nStart the quiz: {link}\n\n{co}\n\nUnsubscribe · Why am I getting this?"),
    # 47 own bank offer (en)
    ("{name}, you may be eligible for a higher credit limit",
     "Dear {name},\n\nAs a valued {co} Bank customer, you may be eligible for a credit limit increase on your card ending 0000. Checking won't affect your credit score.\n\nSee your offer in online banking or the {co} app - we'll never ask you to provide your password or PIN by email.\n\n{co} Bank\n\nThis is a marketing message. To opt out of offers, update your preferences in online banking. Terms and eligibility criteria apply."),
    # 48 last order dates (en)
    ("Last order dates + 15% off gift wrapping",
     "Hi {name},\n\nA quick reminder of our last order dates before the holidays:\n\n  Standard delivery ... order by {date}\n  Express ............. 2 days later\n  Click & collect ..... until Christmas Eve, 12:00\n\nAnd this week only, gift wrapping is 15% off.\n\n{link}\n\n{co} · Unsubscribe"),
    # 49 newsletter (he)
    ("הניוזלטר החודשי של {co}",
     "שלום {name},\n\nמה חדש החודש ב-{co}:\n\n• השקנו את {product}\n• מדריך: איך לנהל תיבת דואר עמוסה\n• מבצע למנויים: 20% הנחה\n\nלקריאה המלאה: {link}\n\nבברכה,\nצוות {co}\n\nלהסרה מרשימת התפוצה לחצו כאן."),
    # 50 B2B end-of-quarter (en)
    ("End-of-quarter pricing on {product} licences",
     "Hi {name},\n\nWe're closing the quarter with our best pricing of the year: 20% off new {product} licences and 2 months free on annual upgrades, through {date}.\n\nYour account manager, Chris, can prepare a quote today - just reply, or book a slot: {link}\n\nBest regards,\n{co} Sales\n\nYou're receiving this as a {co} customer. Opt out of promotional emails."),
    # 51 launch (el)
    ("Νέο στο {co}: {product}",
     "Γεια σου {name},\n\nΣου παρουσιάζουμε το νέο {product}! Σχεδιάστηκε για να κάνει την καθημερινότητά σου πιο εύκολη.\n\nΜάθε περισσότερα: {link}\n\nΜε εκτίμηση,\nΗ ομάδα της {co}\n\nΑν δεν θέλεις να λαμβάνεις πλέον τα ενημερωτικά μας, πάτησε εδώ για διαγραφή."),
    # 52 open day (en)
    ("Open day on {date}: come and meet us",
     "Dear {name},\n\nThinking about a part-time master's? Join our open day on {date} to meet lecturers, tour the campus and ask about funding.\n\nBook your place: {link}\n\n{co} Graduate School\n\nYou're receiving this because you downloaded our prospectus. Unsubscribe."),
    # 53 streaming win-back (en)
    ("Your playlists miss you 🎧",
     "Hey {name}, it's been quiet. Come back to {product} Premium: 3 months for {amount}. Cancel anytime. {link}\n\nOffer only available to users who haven't had Premium in the last 12 months. Terms apply.\n\n{co} AB · Unsubscribe"),
    # 54 loyalty offer (hi)
    ("आपके लिए खास ऑफ़र, {name}!",
     "नमस्ते {name},\n\n{co} के वफ़ादार ग्राहक होने के लिए धन्यवाद! इस हफ़्ते आपके लिए {product} पर 25% की विशेष छूट है।\n\nऑफ़र {date} तक मान्य है।\n\nअभी खरीदें: {link}\n\nटीम {co}\n\nये ईमेल नहीं चाहते? सदस्यता समाप्त करें।"),
    # 55 review request for points (en)
    ("How's your {product}? Leave a review, get 100 points",
     "Hi {name},\n\nYou've had your {product} for a few weeks now. Would you share a quick review? It helps other shoppers - and we'll add 100 Rewards points to your account as a thank you.\n\nWrite a review: {link}\n\n{co}\n\nUnsubscribe from review requests."),
]

_SPAM: list[tuple[str, str]] = [
    # 0 fake overdue invoice (en)
    ("Invoice #{order} Payment Overdue - Final Notice",
     "Dear Customer,\n\nOur records shows that invoice #{order} for {amount} USD remain UNPAID. If payment is not recieved within 24 hours your account will be sent to collections and a late fee will be applied.\n\nTo review and pay the invoice open the secure document below:\n\n{link}\n\nIf you believe this is an error call our billing department immediately at +1 (000) 000-0000.\n\nRegards,\nAccounts Department\nbilling-notice@secure-invoices.test"),
    # 1 account restricted phishing (de)
    ("Ihr Konto wurde vorübergehend eingeschränkt",
     "Sehr geehrter Kunde,\n\nbei einer routinemäßigen Sicherheitsüberprüfung haben wir ungewöhnliche Aktivitäten auf Ihrem Konto festgestellt. Aus Sicherheitsgründen wurde Ihr Zugang eingeschränkt.\n\nBitte bestätigen Sie Ihre Identität innerhalb von 24 Stunden, andernfalls wird Ihr Konto dauerhaft gesperrt:\n\n{link}\n\nHinweis: Halten Sie Ihre Kartennummer und Ihre PIN bereit.\n\nMit freundlichen Grüßen\nIhr Sicherheitsteam\n\n© 2025 Alle Rechte vorbehalten."),
    # 2 parcel fee phishing (en)
    ("Your package {track} is on hold - action required",
     "DELIVERY NOTICE\n\nWe attempted to deliver your parcel {track} today but could not because the customs/handling fee of 1.99 was not paid.\n\nYour parcel will be returned to sender within 48 hours unless the fee is paid.\n\nSchedule redelivery and pay the fee here: {link}\n\nThank you,\nParcel Delivery Services\n\n(Do not reply. This mailbox is unattended.)"),
    # 3 advance fee next of kin (en)
    ("URGENT BUSINESS PROPOSAL - STRICTLY CONFIDENTIAL",
     "Dear Friend,\n\nI am Barrister Edwin Mokoena, personal attorney to the late Mr. Harold {last}, a foreign contractor who died in a car accident along with his family. He left a deposit of US$10,500,000.00 (Ten Million Five Hundred Thousand United States Dollars) with a bank here, and since you share the same surname I am contacting you to stand as next of kin.\n\nThe proceeds will be shared 60/40. This transaction is 100% risk free.\n\nKindly reply with your full name, phone number and address so that I can file the necessary documents.\n\nYours faithfully,\nBarrister Edwin Mokoena (Esq.)\nPrivate email: e.mokoena.chambers@freemail.test"),
    # 4 crypto unclaimed rewards (en)
    ("{name}, you have unclaimed crypto rewards",
     "Hello {name},\n\nOur system shows that 0.47 BTC (= 28,300 USD) in mining rewards has been allocated to your account but not yet withdrawn.\n\nTo release the funds, log in to your dashboard and pay the one-time network activation fee of {amount} USD:\n\n{link}\n\nUnclaimed balances are redistributed after 48 hours.\n\nCrypto Rewards Desk\nThis is an automated message."),
    # 5 romance stranger (en)
    ("Hello dear",
     "Hello dear,\n\nHow are you doing today? My name is Anna, I am 29 years old nurse working now on a hospital ship. I saw your profile and I felt something special, I believe you are kind and honest person.\n\nI am looking for serious relationship, not games. Please write to my private email annasmile29@mailbox.test so I can send you my photos and tell you more about me.\n\nI am waiting your answer with big hope.\nAnna"),
    # 6 CEO fraud (fr)
    ("Demande urgente et confidentielle",
     "Bonjour {name},\n\nEs-tu disponible ? J'ai besoin que tu t'occupes d'un virement urgent pour un fournisseur dans le cadre d'une acquisition confidentielle. Merci de ne pas en parler au reste de l'équipe pour le moment.\n\nPeux-tu me confirmer le solde disponible sur le compte principal ? Je t'envoie les coordonnées bancaires dès ta réponse.\n\nJe suis en réunion, je ne peux pas prendre d'appels.\n\nCordialement,\nLe Président\nEnvoyé de mon mobile"),
    # 7 fake tax refund (en)
    ("Refund Notification: {amount} pending",
     "Hello,\n\nAfter the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of {amount}.\n\nPlease submit the tax refund request and allow us 3-5 business days to process it.\n\nTo access the form for your tax refund, click here: {link}\n\nA refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.\n\nRevenue Refunds Office\nReference: TR-{code}"),
    # 8 password expiry (es)
    ("Su contraseña caduca hoy",
     "Estimado usuario {name},\n\nLa contraseña de su buzón de correo caducará hoy. Para seguir usando la misma contraseña, haga clic en el siguiente enlace y valide su cuenta:\n\n{link}\n\nSi no realiza la validación, su cuenta será desactivada y perderá todos sus correos.\n\nAdministrador del sistema\nServicio de correo © 2025"),
    # 9 fake shared document (en)
    ("HR Department shared \"Q4_Payroll_Adjustments.pdf\" with you",
     "You have received a secure document.\n\n   Q4_Payroll_Adjustments.pdf\n   2 pages - 184 KB\n\n   [ VIEW DOCUMENT ]\n   {link}\n\nYou will be asked to sign in with your email credentials to view the file.\n\nThis document expires in 24 hours.\n\nSecure File Transfer Service"),
    # 10 lottery (en)
    ("CONGRATULATIONS!!! You Have Won",
     "INTERNATIONAL PROMOTIONS DRAW\nWINNING NOTIFICATION\n\nYour email address was selected in our monthly electronic draw held on {date} and has won the sum of EUR 850,000.00.\n\nWinning number: {code}\nBatch: 7/00/44\n\nTo claim your prize, contact our claims agent Mr. Peter Van Dijk with the following:\n1. Full name\n2. Address\n3. Phone number\n4. Copy of ID\n\nA processing fee of EUR 250 applies for transfer of funds.\n\nClaims Agent: claims.dept.europe@winners.test\nTel: +00 000 000 0000\n\nNOTE: Keep this award confidential to avoid double claiming."),
    # 11 fake job (it)
    ("Offerta di lavoro da casa - 350€ al giorno",
     "Buongiorno,\n\nabbiamo trovato il Suo curriculum online e siamo lieti di offrirLe una posizione di assistente remoto part-time. Bastano 1-2 ore al giorno dal telefono, retribuzione da 200 a 350 € al giorno.\n\nNessuna esperienza richiesta. Età minima 25 anni.\n\nPer maggiori informazioni ci scriva in chat al numero +00 000 0000000.\n\nCordiali saluti,\nUfficio Risorse Umane"),
    # 12 diet pills (pt)
    ("Comprimidos para emagrecer sem receita - 70% OFF",
     "Perca até 10 kg em 30 dias sem dieta!!!\n\nFórmula natural aprovada por médicos. Envio discreto para todo o país. Sem receita médica.\n\nCompre agora com 70% de desconto: {link}\n\nOferta válida só hoje.\n\nPara não receber mais, responda REMOVER."),
    # 13 SEO pitch fake reply (en)
    ("Re: Your website ranking",
     "Hi,\n\nI was checking your website and noticed it is not ranking on the first page of search engines for many of your important keywords. I can help you get top rankings with our white-hat SEO services at very affordable prices.\n\nWe also do:\n- Link building (DA 50+ guest posts)\n- Website redesign\n- Social media marketing\n\nCan I send you a free audit report? Please reply with your phone number and a good time to call.\n\nBest Regards,\nAmit | Digital Marketing Consultant\n\nP.S. If you are not interested, reply with \"Not interested\"."),
    # 14 fake bank debit alert (en)
    ("Alert: Unusual transaction of {amount} on your account",
     "Dear Valued Customer,\n\nA debit transaction of {amount} USD was initiated from your account to an international beneficiary on {date}.\n\nIf you did NOT authorize this transaction, click below to cancel it immediately and secure your account:\n\n{link}\n\nOr call our 24/7 fraud line: +1 000-000-0000\n\nFailure to respond within 12 hours will result in the transaction being processed.\n\nOnline Banking Security Team"),
    # 15 fake mailbox verification with code (en)
    ("Action Required: Verify Your Email Account",
     "Dear User,\n\nWe are upgrading all email accounts to our new secure server. Your account has not yet been verified and will be deleted within 48hrs.\n\nVerify now with your current password: {link}\n\nVerification code: {code}\n\nThank you for your cooperation.\nE-mail Admin Team\n\nThis message is sent from a trusted sender."),
    # 16 fake voicemail (en)
    ("You have 1 new voicemail (00:47)",
     "New Voice Message\n\nFrom: +1 000 000 0000\nReceived: {date}\nDuration: 00:47\n\nListen to the message: {link}\n\nThis message will be deleted in 3 days.\n\n*Do not reply to this message. Powered by Unified Messaging."),
    # 17 inheritance (nl)
    ("Erfenis van een verre verwant",
     "Beste {name},\n\nIk ben notaris Hendrik van der Molen. Ik neem contact met u op over de nalatenschap van een overleden cliënt met dezelfde achternaam als u. Er staat een bedrag van € 4.750.000 klaar dat aan u kan worden uitgekeerd.\n\nOm de procedure te starten vragen wij een kopie van uw paspoort en een administratieve bijdrage van € 450.\n\nGelieve vertrouwelijk te antwoorden op: notaris.vdmolen@inbox.test\n\nMet vriendelijke groet,\nmr. H. van der Molen"),
    # 18 trading scam (en)
    ("Turn 250 into 8,000 in one week - verified method",
     "Hi there,\n\nI know this sounds too good to be true. Three months ago I was broke. Then a friend showed me an automated trading platform that uses AI to trade currency pairs. I put in 250 and withdrew 8,140 the following week.\n\nSpots are limited because the algorithm only works with a fixed number of accounts. They are taking new members until midnight.\n\nCheck it out before it closes: {link}\n\nTrust me, you'll thank me later.\n\nMichael\n\n--\nResults not typical. You received this because you opted in to one of our partner offers."),
    # 19 extortion (pl)
    ("Mam dostęp do Twojego urządzenia",
     "Cześć!\n\nMam złe wieści. Kilka miesięcy temu uzyskałem dostęp do Twojego komputera przez złośliwe oprogramowanie. Nagrałem Cię kamerą podczas oglądania pewnych stron.\n\nJeśli w ciągu 48 godzin nie przelejesz równowartości 1200 USD w kryptowalucie na poniższy adres, wyślę nagranie wszystkim Twoim kontaktom.\n\nAdres portfela: 0x0000000000000000000000000000000000000000\n\nNie odpowiadaj na tę wiadomość — nie ma sensu. Liczę czas od momentu otwarcia tego e-maila."),
    # 20 gift card BEC (en)
    ("Quick favor",
     "Hi {name},\n\nAre you available? I need you to handle a task for me discreetly. I'm in a meeting and can't talk on the phone.\n\nI need to get some gift cards for a few clients as a surprise. Can you purchase 5 cards of 200 each from any store nearby? I'll reimburse you by end of the day.\n\nScratch the back, take pictures of the codes and email them to me.\n\nThanks,\nDavid\nCEO\n\nSent from my mobile"),
    # 21 callback scam fake renewal (en)
    ("Order Confirmation #{order} - Thank you for your purchase",
     "Hello {name},\n\nThank you for your order! Your subscription has been renewed.\n\nProduct: Total Security Pro 5-Device (3 years)\nOrder number: {order}\nAmount: {amount} USD\nPayment: Auto-debit\n\nThe amount will be debited from your account within 24 hours. If you did not authorize this purchase or wish to cancel and get a refund, please call our billing support immediately:\n\n   +1 (000) 000-0000\n\nThank you,\nBilling Department"),
    # 22 account suspended (ja)
    ("【重要】お客様のアカウントが一時停止されました",
     "{co}をご利用のお客様\n\nお客様のアカウントに不正なアクセスが検出されたため、アカウントを一時的に停止いたしました。\n\n24時間以内に以下のリンクからご本人確認を行ってください。確認が完了しない場合、アカウントは永久に利用できなくなります。\n\n{link}\n\n※本メールは送信専用です。\n\n{co} カスタマーセンター"),
    # 23 fake mailbox full (en)
    ("Mailbox storage full - incoming messages suspended",
     "Your mailbox has exceeded its storage limit (99.8%).\n\nYou will no longer be able to send or receive new messages. 17 incoming messages are currently pending delivery.\n\nRelease pending messages and increase your storage for free: {link}\n\nIT Service Desk\n© Mail Server Administration"),
    # 24 fake reward survey (en)
    ("You've been selected for an exclusive reward!",
     "Congratulations {name}!\n\nYou have been selected to receive a brand new {product} as part of our customer loyalty programme. Only 3 rewards remain.\n\nComplete a 30-second survey and pay only 2.95 shipping: {link}\n\nHurry, this offer expires in {mins} minutes!\n\nRef: {code}"),
    # 25 money mule job (en)
    ("Job Offer: Remote Payment Processing Agent",
     "Dear Candidate,\n\nFollowing your application on a job portal, we are pleased to offer you the position of Payment Processing Agent with our international firm.\n\nYour duties:\n- Receive payments from our clients into your personal bank account\n- Forward the funds to our suppliers minus your 10% commission\n\nSalary: 3,500 USD per month + commission. Work from home, 2-3 hours daily.\n\nTo proceed, please send:\n1. Full name\n2. Bank name and account number\n3. Copy of ID\n\nHR Manager\nGlobal Trade Logistics Ltd\nhr.recruitment@career-jobs.test"),
    # 26 pharma (en)
    ("Re: your prescripton",
     "Hi,\n\nMen's health meds at discount pr1ces. No doctor visit needed. 100% discreet shipping worldwide.\n\n- Blue pill 100mg x 30 .... 29.99\n- Weight-loss tabs ........ 39.99\n- Sleeping aid ............ 19.99\n\nOrder here: {link}\n\nsatisfaction guaranted or money back\n\nto remove yourself reply STOP"),
    # 27 vendor bank change BEC (sv)
    ("Ändrade bankuppgifter",
     "Hej {name},\n\nVi vill informera om att vi har bytt bank. Från och med idag ska alla betalningar av utestående fakturor ske till vårt nya konto:\n\nBank: Norrbank Test\nIBAN: SE00 0000 0000 0000 0000 0000\nBIC: TESTSESS\n\nVänligen uppdatera era uppgifter och betala faktura {order} på {amount} kr till det nya kontot så snart som möjligt. Det gamla kontot är spärrat.\n\nMed vänliga hälsningar\nEkonomiavdelningen\n{co}"),
    # 28 fake e-invoice (zh)
    ("【电子发票】您有一张待领取的发票",
     "尊敬的用户：\n\n您有一张金额为{amount}元的电子发票尚未领取，请于24小时内点击下方链接下载并核对，逾期将被作废并影响您的个人信用记录。\n\n下载发票：{link}\n\n如有疑问请致电客服：000-0000-0000\n\n电子发票服务中心"),
    # 29 account takeover code request (en)
    ("Security alert: confirm this sign-in",
     "We detected a login attempt from an unrecognised country. If this was not you, reply to this email with the 6-digit code we just sent to your phone so we can block the attacker.\n\nAccount Protection Team"),
    # 30 customs fee (ru)
    ("Ваша посылка ожидает оплаты таможенной пошлины",
     "Уважаемый клиент!\n\nВаше отправление № {track} задержано на таможне. Для получения посылки необходимо оплатить таможенный сбор в размере 189 рублей.\n\nОплатить сбор: {link}\n\nЕсли оплата не поступит в течение 3 дней, посылка будет возвращена отправителю.\n\nСлужба доставки"),
    # 31 dying widow (en)
    ("Please help me fulfill my last wish",
     "Dearest in the Lord,\n\nI am Mrs. Grace Williams, a widow suffering from terminal cancer. My doctor told me I have only few months to live. I have 4.2 million dollars in a security company and I want to donate it to a God fearing person who will use it for charity work and orphanage.\n\nI found your email through a prayer. Please reply quickly with your details so I can instruct my lawyer.\n\nRemain blessed,\nMrs. Grace Williams"),
    # 32 airdrop drainer (en)
    ("Airdrop claim window closes today",
     "Eligible wallet detected ✅\n\nYour address qualifies for the community airdrop: 2,500 EXT tokens (~3,100 USD).\n\nConnect your wallet and sign the claim transaction before 23:59 UTC: {link}\n\nUnclaimed tokens will be burned.\n\n- Airdrop Team\nYou're receiving this because your address interacted with the protocol."),
    # 33 romance (tr)
    ("Merhaba canım",
     "Merhaba,\n\nAdım Elena, 31 yaşındayım. İnternette profilini gördüm ve seninle tanışmak istedim. Ciddi bir ilişki arıyorum ve senin iyi kalpli biri olduğunu hissediyorum.\n\nBana özel e-posta adresimden yaz: elena.love31@posta.test — sana fotoğraflarımı göndereceğim.\n\nCevabını bekliyorum,\nElena"),
    # 34 cold sales (en)
    ("Quick question, {name}",
     "Hi {name},\n\nI'll keep this short. We help companies like {co} book 30+ qualified sales meetings a month using outbound automation.\n\nWorth a 15-minute chat next week? Here's my calendar: {link}\n\nCheers,\nJordan\nGrowth Partner, LeadRocket.test\n\nIf you're not the right person, could you point me to who is? Reply \"no\" and I won't follow up."),
    # 35 fake streaming payment failure (en)
    ("Your membership is on hold - update payment",
     "Hi {name},\n\nWe're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.\n\nUPDATE ACCOUNT NOW: {link}\n\nIf you don't update within 48 hours, your membership will be cancelled.\n\nNeed help? We're here if you need it. Visit the Help Center.\n\n- Your streaming team"),
    # 36 account phishing (ko)
    ("[긴급] 고객님의 계정 보안 확인이 필요합니다",
     "고객님, 안녕하세요.\n\n해외 IP(203.0.113.5)에서 비정상적인 로그인 시도가 감지되어 계정이 일시 정지되었습니다.\n\n아래 링크에서 본인 인증을 완료하지 않으면 24시간 후 계정이 영구 삭제됩니다.\n\n본인 인증하기: {link}\n\n※ 인증 시 카드번호와 비밀번호 입력이 필요합니다.\n\n보안팀 드림"),
    # 37 fake e-signature (en)
    ("Please review and sign: Contract_Agreement_2025.pdf",
     "You have a document waiting for your signature.\n\nSender: Legal Department\nDocument: Contract_Agreement_2025.pdf\nExpires: today\n\nREVIEW DOCUMENT: {link}\n\nDo not share this email. It contains a secure link to the document.\n\nThis message was sent via eSign Cloud Services."),
    # 38 prize (ar)
    ("مبروك! لقد ربحت جائزة نقدية",
     "عزيزي الفائز،\n\nيسعدنا إبلاغك بأن عنوان بريدك الإلكتروني قد فاز في السحب السنوي بمبلغ 500,000 دولار أمريكي.\n\nللحصول على الجائزة، يرجى إرسال اسمك الكامل ورقم هاتفك وصورة من جواز السفر، ودفع رسوم تحويل قدرها 150 دولاراً.\n\nللتواصل: prize.office@awards.test\n\nمع التهاني،\nلجنة الجوائز الدولية"),
    # 39 mystery shopper (en)
    ("Secret Shopper Assignment - Earn 400",
     "Congratulations! You have been selected as a Mystery Shopper in your area.\n\nYou will receive a check of 2,450 by courier. Deposit it, keep 400 as your payment, and use the remaining to evaluate a money transfer service by sending it to the address we provide.\n\nReply with your full name, address and phone to receive your first assignment.\n\nMystery Shopper Program Coordinator"),
    # 40 sextortion with password (en)
    ("Security Notice: your password is {code}",
     "I know {code} is your password. You don't know me, but I know you very well.\n\nI installed malware on a site you visited and it recorded you through your webcam. I also have all your contacts.\n\nSend 1500 USD in crypto to the wallet below within 48 hours or I will send the video to everyone you know.\n\nWallet: bc1q000000000000000000000000000000000000\n\nI will know when you open this email. Don't bother replying or going to the police."),
    # 41 guest post outreach (en)
    ("Guest post collaboration for your blog",
     "Hello Team,\n\nHope you're doing well. I'm Sara, an outreach manager. I came across your blog and really liked the article about remote work.\n\nI'd like to contribute a high-quality guest post with one do-follow link to our client. We can pay 50 USD per post. Alternatively, we can insert a link into an existing article.\n\nLooking forward to your price list.\n\nRegards,\nSara Khan\nOutreach Manager"),
    # 42 attachment lure one-liner (en)
    ("RE: Payment",
     "Please see attached payment confirmation and kindly confirm receipt. Invoice_{order}.pdf.html"),
    # 43 card block phishing (uk)
    ("Підтвердіть свої дані, щоб уникнути блокування картки",
     "Шановний клієнте!\n\nВаша банківська картка буде заблокована через підозрілу активність. Щоб уникнути блокування, підтвердіть свої дані за посиланням протягом 24 годин:\n\n{link}\n\nДля підтвердження знадобляться номер картки, термін дії та CVV-код.\n\nСлужба безпеки банку"),
    # 44 parcel fee (id)
    ("Paket Anda tertahan - bayar biaya pengiriman",
     "Pelanggan yang terhormat,\n\nPaket Anda dengan nomor resi {track} tidak dapat dikirim karena alamat tidak lengkap dan ada biaya tambahan Rp 12.000.\n\nPerbarui alamat dan bayar biaya di sini: {link}\n\nJika tidak diperbarui dalam 24 jam, paket akan dikembalikan.\n\nLayanan Kurir"),
    # 45 prize with fee (vi)
    ("Chúc mừng bạn đã trúng thưởng!",
     "Xin chúc mừng {name}!\n\nBạn là khách hàng may mắn trúng thưởng 1 chiếc xe máy trong chương trình tri ân khách hàng. Để nhận giải, vui lòng nộp phí thủ tục 500.000đ và gửi ảnh căn cước qua đường link sau:\n\n{link}\n\nHạn chót nhận giải: hôm nay.\n\nBan tổ chức chương trình"),
    # 46 pump and dump (en)
    ("This small-cap is about to explode (ticker inside)",
     "ALERT: Our analysts have identified a tiny company about to announce a major partnership. Insiders are already buying.\n\nTicker: EXMP\nCurrent price: 0.42\nTarget: 3.50 within 2 weeks\n\nDon't miss this. Get in before the news breaks tomorrow morning.\n\nThis is not investment advice. Paid promotion."),
    # 47 miracle cure (en)
    ("Doctors hate this one weird trick",
     "Hey,\n\nA 63-year-old grandmother reversed her joint pain in 14 days using a kitchen ingredient. The big drug companies don't want you to know.\n\nWatch the free video before it's taken down: {link}\n\nTo stop these emails write to: Opt-out Dept., PO Box 0000."),
    # 48 payroll diversion BEC (en)
    ("Direct deposit change",
     "Hi {name},\n\nI recently changed banks and would like my salary to be paid into my new account starting with the next payroll. Can you update it for me? What details do you need?\n\nI'm travelling this week so email is the best way to reach me.\n\nThanks,\nMark Ellison"),
    # 49 fake invoice reminder (cs)
    ("Faktura k úhradě – UPOMÍNKA",
     "Dobrý den,\n\nnaše evidence ukazuje neuhrazenou fakturu č. {order} na částku {amount} Kč. Pokud platbu neprovedete do 24 hodin, pohledávka bude předána exekutorovi.\n\nFakturu si stáhněte zde: {link}\n\nS pozdravem\nÚčtárna"),
    # 50 fake unusual sign-in (en)
    ("[Notice] Unusual sign-in activity - verify within 24 hours",
     "Hello,\n\nWe detected something unusual about a recent sign-in to your account.\n\nCountry/region: Unknown\nIP address: 203.0.113.199\nPlatform: Desktop\n\nPlease go to your recent activity page and let us know whether or not this was you. If you don't verify within 24 hours your account will be suspended.\n\nReview recent activity: {link}\n\nThanks,\nThe Account Team"),
    # 51 parcel fee (da)
    ("Din pakke kunne ikke leveres",
     "Kære kunde,\n\nVi har forsøgt at levere din pakke ({track}), men der mangler betaling af et gebyr på 19 kr.\n\nBetal gebyret og vælg en ny leveringsdato her: {link}\n\nPakken returneres efter 48 timer.\n\nVenlig hilsen\nPakkeservice"),
    # 52 compensation fund (en)
    ("COMPENSATION FUND - Beneficiary {code}",
     "Attn: Beneficiary,\n\nThis is to inform you that your name is among the list of scam victims selected to receive compensation of 1,500,000.00 USD from the International Compensation Committee.\n\nYour payment file number is {code}. Your funds will be loaded on an ATM card and delivered to you by courier.\n\nReconfirm your:\nFull name .......\nAddress .........\nTelephone .......\nOccupation ......\n\nContact: Dr. James Cole, Director of Payments\nEmail: payments.unit@relief-fund.test\n\nNote: you are to pay only the delivery charges."),
    # 53 fake recruiter (en)
    ("Interview invitation - Data Entry Clerk (Remote)",
     "Hello {name},\n\nYour resume has been reviewed and you have been shortlisted for the position of Data Entry Clerk (Remote, 28/hr). The interview will be conducted via text chat.\n\nPlease add the hiring manager on the messaging app using the ID: hr_manager_0000 and introduce yourself with your full name and the code {code}.\n\nAfter hiring, you'll receive a check to purchase your home office equipment from our approved vendor.\n\nBest regards,\nTalent Acquisition Team"),
    # 54 miracle cure (hi)
    ("मधुमेह से 7 दिन में छुटकारा!",
     "नमस्ते,\n\nअब बिना दवा के मधुमेह को जड़ से खत्म करें! हमारा आयुर्वेदिक चूर्ण 7 दिन में असर दिखाता है। 10,000 से ज़्यादा लोगों ने आज़माया।\n\nआज ही ऑर्डर करें और 60% छूट पाएं: {link}\n\nसीमित स्टॉक! अभी कॉल करें: 00000 00000"),
    # 55 domain listing scam (en)
    ("DOMAIN SERVICE EXPIRATION NOTICE",
     "Attention: Domain Owner\n\nDomain Name: your-domain.example\n\nThis notice informs you that the search engine submission service for your domain expires on {date}. Failure to renew may result in loss of online visibility, customers and revenue.\n\nSecure payment: {link}\n\nPrice: 86.00 (1 year)\n\nThis is not a bill. This is an optional offer for search engine submission. You are under no obligation to pay unless you accept this offer.\n\nDomain Services Registry (not a registrar)"),
]

_BOUNCE: list[tuple[str, str]] = [
    # 0 postfix user unknown (en)
    ("Undelivered Mail Returned to Sender",
     "This is the mail system at host {host}.mail.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<{name}.{last}@partner.example>: host mx1.partner.example[198.51.100.25] said:\n    550 5.1.1 <{name}.{last}@partner.example>: Recipient address rejected:\n    User unknown in virtual mailbox table (in reply to RCPT TO command)\n\nReporting-MTA: dns; {host}.mail.example\nX-Postfix-Queue-ID: 4F2A11C0042\nArrival-Date: {date}\n\nFinal-Recipient: rfc822; {name}.{last}@partner.example\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx1.partner.example\nDiagnostic-Code: smtp; 550 5.1.1 User unknown"),
    # 1 postfix delay warning (en)
    ("Delayed Mail (still being retried)",
     "This is the mail system at host {host}.mail.example.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.\n\nFor further assistance, please send mail to postmaster.\n\n                   The mail system\n\n<accounts@supplier.example>: connect to mx.supplier.example[203.0.113.10]:25:\n    Connection timed out\n\nReporting-MTA: dns; {host}.mail.example\nArrival-Date: {date}\n\nFinal-Recipient: rfc822; accounts@supplier.example\nAction: delayed\nStatus: 4.4.1\nWill-Retry-Until: 5 days after arrival"),
    # 2 exchange NDR (de)
    ("Unzustellbar: Angebot {order}",
     "Ihre Nachricht konnte nicht an {name} {last} übermittelt werden.\n\n{name}.{last}@kunde.example\nDie E-Mail-Adresse wurde nicht gefunden.\n\nDie E-Mail-Adresse, an die Sie Ihre Nachricht gesendet haben, wurde im E-Mail-System des Empfängers nicht gefunden. Möglicherweise ist die Adresse falsch geschrieben oder existiert nicht mehr.\n\nWie behebe ich das Problem?\nÜberprüfen Sie die E-Mail-Adresse und versuchen Sie, die Nachricht erneut zu senden.\n\nDiagnoseinformationen für Administratoren:\n\nGenerierender Server: {host}.mail.example\n\n{name}.{last}@kunde.example\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\nUrsprüngliche Nachrichtenkopfzeilen:\n\nReceived: from {host}.mail.example (192.0.2.14) by mx.kunde.example\nSubject: Angebot {order}\nDate: {date}\nMessage-ID: <{code}@mail.example>"),
    # 3 mailbox full soft (en)
    ("Delivery Status Notification (Delay)",
     "Message not delivered yet\n\nYour message to {name}@inbox.example hasn't been delivered because the recipient's inbox is out of storage space. We'll keep trying for the next 48 hours and let you know if it still fails.\n\nThe response from the remote server was:\n452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to the storage help page.\n\n----- Original message -----\n\nTo: {name}@inbox.example\nDate: {date}\nSubject: Photos from the weekend\n\nHi! Finally got round to sorting the pictures..."),
    # 4 domain not found (en)
    ("Address not found",
     "** Address not found **\n\nYour message wasn't delivered to {name}@{last}-consulting.test because the domain {last}-consulting.test couldn't be found. Check for typos or unnecessary spaces and try again.\n\nThe response was:\n\nDNS Error: DNS type 'mx' lookup of {last}-consulting.test responded with code NXDOMAIN\nDomain name not found: {last}-consulting.test"),
    # 5 hosted failure (fr)
    ("Échec de la remise du message",
     "Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :\n\n{name}.{last}@societe.example\n\nLe serveur distant a répondu :\n550 5.1.1 L'adresse électronique n'existe pas. Vérifiez l'orthographe de l'adresse.\n\nServeur : {host}.mail.example\nDate : {date}\n\n--- Message d'origine ---\nObjet : Facture {order}\n\nBonjour, veuillez trouver ci-joint notre facture..."),
    # 6 exim delay (en)
    ("Warning: message 1qX4Ab-000Klm-2C delayed 24 hours",
     "This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on {host}.mail.example.\n\nThe message identifier is:     1qX4Ab-000Klm-2C\nThe subject of the message is: Re: contract draft v3\nThe date of the message is:    {date}\n\nThe address to which the message has not yet been delivered is:\n\n  legal@lawfirm.example\n    Delay reason: SMTP error from remote mail server after RCPT TO:<legal@lawfirm.example>:\n    451 4.3.0 Temporary lookup failure\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you."),
    # 7 DMARC policy reject (en)
    ("Mail delivery failed: message rejected by policy",
     "Your message to press@newsroom.example was rejected by the receiving server.\n\nReason:\n550 5.7.26 Unauthenticated email from mail.example is not accepted due to domain's DMARC policy. Please contact the administrator of mail.example domain if this was a legitimate mail.\n\nSending host: {host}.mail.example [192.0.2.33]\nDate: {date}\n\nThis is a permanent error. The message will not be retried."),
    # 8 greylisting (en)
    ("Delivery delayed: temporary rejection (greylisted)",
     "Delivery to the following recipient has been delayed:\n\n     bookings@guesthouse.example\n\nThe remote server temporarily rejected the message:\n     450 4.7.1 <bookings@guesthouse.example>: Recipient address rejected: Greylisted, please try again in {mins} minutes\n\nThis is not a permanent failure. Our server ({host}) will retry automatically. You will be notified only if delivery ultimately fails.\n\n-- Mail Delivery Subsystem"),
    # 9 exchange NDR (en)
    ("Undeliverable: Q3 budget review",
     "Delivery has failed to these recipients or groups:\n\n{name} {last} ({name}.{last}@harbourline.example)\nThe e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: {host}.corp.example\n\n{name}.{last}@harbourline.example\n#550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup ##\n\nOriginal message headers:\n\nReceived: from {host}.corp.example (192.0.2.5) by mx.harbourline.example\nFrom: {co} Finance <finance@corp.example>\nTo: {name}.{last}@harbourline.example\nSubject: Q3 budget review\nDate: {date}\nMessage-ID: <{code}.{order}@corp.example>\nMIME-Version: 1.0"),
    # 10 hosted failure (es)
    ("Mensaje no entregado: Presupuesto reforma",
     "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\n    {name}@reformas.example\n\nMotivo: el buzón no existe (550 5.1.1 No such user).\n\nEste es un error permanente. No se volverá a intentar la entrega.\n\n---------- Mensaje original ----------\nAsunto: Presupuesto reforma\nFecha: {date}\n\nHola, les escribo para pedir presupuesto para reformar la cocina..."),
    # 11 delay (ja)
    ("配信遅延のお知らせ（自動送信）",
     "このメールはメールサーバー {host} から自動送信されています。\n\n以下の宛先へのメール配信が遅延しています。\n\n宛先：sales@torihiki.example\n件名：お見積りのご依頼\n送信日時：{date}\n\n原因：相手先メールサーバーに接続できません（421 4.4.2 Connection timed out）\n\n送信は引き続き試行されます（最長5日間）。このメールへの返信や再送信は不要です。最終的に配信できなかった場合は、改めてお知らせします。"),
    # 12 sendmail delay (en)
    ("Warning: could not send message for past 4 hours",
     "    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\nThe original message was received at {date} 08:12:44 +0000\nfrom [192.0.2.1]\n\n   ----- Transcript of session follows -----\n... Deferred: Connection refused by mail.clinic.example.\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n\n   ----- The following addresses had transient non-fatal errors -----\n<appointments@clinic.example>\n\nFinal-Recipient: RFC822; appointments@clinic.example\nAction: delayed\nStatus: 4.4.1\nReporting-MTA: dns; {host}.mail.example"),
    # 13 qmail failure (en)
    ("failure notice",
     "Hi. This is the qmail-send program at {host}.mail.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<{name}@oldisp.example>:\n198.51.100.60 does not like recipient.\nRemote host said: 550 5.1.1 <{name}@oldisp.example>... User unknown\nGiving up on 198.51.100.60.\n\n--- Below this line is a copy of the message.\n\nReturn-Path: <newsletter@club.example>\nReceived: (qmail 00000 invoked by uid 89); {date}\nSubject: Club news\n\nDear members, ..."),
    # 14 mailbox full soft (pt)
    ("Mensagem não entregue: caixa postal cheia",
     "Não foi possível entregar sua mensagem para {name}@empresa.example.\n\nA caixa postal do destinatário está cheia (452 4.2.2 Mailbox full). Tentaremos novamente nas próximas 48 horas. Se não for possível entregar nesse prazo, você receberá outra notificação.\n\nServidor: {host}.mail.example\nData: {date}\n\nAssunto original: Contrato assinado"),
    # 15 message too large (en)
    ("Returned mail: message size exceeds limit",
     "The following message to <print@copyshop.example> was undeliverable.\nThe reason for the problem:\n5.3.4 - Message size exceeds fixed maximum message size (25 MB)\n\nThe message you sent was 38.4 MB. Try sending the attachment as a link instead, or split it into smaller messages.\n\nReporting-MTA: dns; {host}.mail.example\nFinal-Recipient: rfc822; print@copyshop.example\nAction: failed\nStatus: 5.3.4\nDiagnostic-Code: smtp; 552 5.3.4 Message size exceeds fixed limit"),
    # 16 exim failure w/ copy (en)
    ("Mail delivery failed: returning message to sender",
     "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  {name}.{last}@university.example\n    host mx.university.example [203.0.113.80]\n    SMTP error from remote mail server after RCPT TO:<{name}.{last}@university.example>:\n    550 5.1.1 This account has been disabled or discontinued\n\n------ This is a copy of the message, including all the headers. ------\n\nReturn-path: <alumni@mail.example>\nReceived: from [192.0.2.9] by {host}.mail.example with esmtpsa\nFrom: Alumni Office <alumni@mail.example>\nTo: {name}.{last}@university.example\nSubject: Reunion on {date}\nDate: {date}\n\nDear {name},\n\nWe're delighted to invite you to the class reunion..."),
    # 17 delay (ko)
    ("메일 발송 지연 안내",
     "보내신 메일이 아직 전달되지 않았습니다.\n\n받는 사람: support@partner.example\n제목: 계약서 검토 요청\n보낸 시각: {date}\n\n사유: 수신 서버 응답 없음 (421 4.4.2)\n\n메일 서버({host})가 최대 3일 동안 자동으로 재전송을 시도합니다. 다시 보내실 필요는 없습니다."),
    # 18 group does not exist (en)
    ("Delivery Status Notification (Failure)",
     "Hello {name},\n\nWe're writing to let you know that the group you tried to contact (team-alpha) may not exist, or you may not have permission to post messages to the group.\n\nA few more details on why you weren't able to post:\n\n * You might have spelled or formatted the group name incorrectly.\n * The owner of the group may have removed this group.\n * You may need to join the group before receiving permission to post.\n * This group may not be open to posting.\n\nIf you have questions related to this or any other group, visit the Help Center.\n\nThanks,\n\n{co} Groups\n\n----- Original message -----\nX-Received: by {host} with SMTP id {code}; {date}\nFrom: {name} {last}\nTo: team-alpha@groups.example\nSubject: Standup notes"),
    # 19 exchange NDR (nl)
    ("Onbestelbaar: Offerte",
     "Uw bericht kon niet worden bezorgd bij de volgende ontvangers:\n\n{name}.{last}@bedrijf.example\n\nHet e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de geadresseerde en probeer het bericht opnieuw te verzenden.\n\nDiagnostische gegevens voor beheerders:\n\nGenererende server: {host}.mail.example\n\n{name}.{last}@bedrijf.example\nRemote Server returned '550 5.1.1 User unknown'\n\nOorspronkelijke berichtkoppen:\nOnderwerp: Offerte\nDatum: {date}"),
    # 20 failure (ru)
    ("Недоставленное сообщение",
     "Это сообщение сгенерировано автоматически.\n\nВаше письмо не может быть доставлено одному или нескольким получателям.\n\n<{name}@pochta.example>:\n550 5.1.1 Почтовый ящик не существует\n\nСервер: {host}.mail.example\nДата: {date}\n\nЭто окончательная ошибка, повторная отправка производиться не будет.\n\n--- Заголовки исходного сообщения ---\nТема: Документы на подпись"),
    # 21 rate limited soft (en)
    ("Delivery incomplete: receiving server is rate limiting",
     "Delivery incomplete\n\nThere was a temporary problem delivering your message to {name}.{last}@bigmail.example. We'll retry for the next 47 hours. You'll be notified if delivery fails permanently.\n\nThe response from the remote server was:\n421 4.7.28 [198.51.100.144] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.\n\nReporting-MTA: dns; {host}\nAction: delayed\nStatus: 4.7.28"),
    # 22 hosted delay w/ original (en)
    ("Delivery Status Notification (Delay)",
     "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n     invoices@wholesale.example\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\nThe recipient server did not accept our requests to connect. [mx.wholesale.example. 203.0.113.7: timed out]\n\n----- Original message -----\nFrom: {name} {last}\nTo: invoices@wholesale.example\nDate: {date}\nSubject: Remittance advice {order}"),
    # 23 sendmail failure (en)
    ("Returned mail: see transcript for details",
     "The original message was received at {date} 14:02:11 -0500\nfrom [192.0.2.44]\n\n   ----- The following addresses had permanent fatal errors -----\n<orders@oldshop.example>\n    (reason: 550 5.1.1 <orders@oldshop.example>... User unknown)\n\n   ----- Transcript of session follows -----\n... while talking to mail.oldshop.example.:\n>>> RCPT To:<orders@oldshop.example>\n<<< 550 5.1.1 <orders@oldshop.example>... User unknown\n550 5.1.1 <orders@oldshop.example>... User unknown\n\nReporting-MTA: dns; {host}.mail.example\nReceived-From-MTA: DNS; [192.0.2.44]\nArrival-Date: {date}\n\nFinal-Recipient: RFC822; orders@oldshop.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: SMTP; 550 5.1.1 User unknown"),
    # 24 domain not found (ar)
    ("فشل تسليم الرسالة",
     "تعذر تسليم رسالتك إلى {name}@sharika.example لأن النطاق sharika.example غير موجود.\n\nتحقق من كتابة العنوان بشكل صحيح ثم أعد المحاولة.\n\nرد الخادم:\nHost or domain name not found. Name service error for name=sharika.example type=MX\n\nالخادم: {host}.mail.example\nالتاريخ: {date}"),
    # 25 exchange mailbox full (en)
    ("Undeliverable: Minutes from Tuesday",
     "Your message to {name}.{last}@council.example couldn't be delivered.\n\nAction Required: Recipient\nMailbox full\n\nHow to Fix It\nThe recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.\n\nMore Info for Email Admins\nStatus code: 554 5.2.2\n\nThis error occurs when the recipient's mailbox has exceeded its storage quota.\n\nOriginal Message Details\nCreated Date: {date}\nSender Address: clerk@council.example\nRecipient Address: {name}.{last}@council.example\nSubject: Minutes from Tuesday\n\nError Details\nReported error: 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\nDSN generated by: {host}.council.example"),
    # 26 failure (it)
    ("Messaggio non recapitato: Richiesta preventivo",
     "Il messaggio non è stato recapitato ai seguenti destinatari:\n\n{name}.{last}@ditta.example\n\nErrore: 550 5.1.1 Indirizzo inesistente (utente sconosciuto)\n\nQuesto è un errore permanente; il messaggio non verrà più inviato.\n\nServer: {host}.mail.example\nData: {date}\n\n----- Messaggio originale -----\nOggetto: Richiesta preventivo\n\nBuongiorno, vorrei ricevere un preventivo per..."),
    # 27 exchange delay (en)
    ("Delivery delayed: Signed contract attached",
     "Delivery is delayed to these recipients or groups:\n\nlegal@partnerfirm.example\n\nSubject: Signed contract attached\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.\n\nDiagnostic information for administrators:\n\nGenerating server: {host}.corp.example\nReceiving server: mx.partnerfirm.example (203.0.113.210)\n\nlegal@partnerfirm.example\nRemote Server at mx.partnerfirm.example (203.0.113.210) returned '400 4.4.7 Message delayed'\nLast attempt: {date}"),
    # 28 delay (zh)
    ("邮件延迟投递通知",
     "您好：\n\n这是系统自动发出的通知。您于 {date} 发送的邮件尚未成功投递。\n\n收件人：hr@hezuo.example\n主题：面试安排确认\n原因：对方服务器暂时无法连接（421 4.4.2）\n\n系统将在接下来的 48 小时内继续尝试投递，您无需重新发送。如最终投递失败，您将收到退信通知。\n\n邮件系统 {host}"),
    # 29 blocklist reject (pl)
    ("Niedostarczona wiadomość: odrzucona przez serwer odbiorcy",
     "Twoja wiadomość do biuro@kancelaria.example nie została dostarczona.\n\nSerwer odbiorcy odrzucił połączenie:\n554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using bl.dnsbl.example\n\nAdres IP naszego serwera ({host}) został tymczasowo umieszczony na liście blokad. Administrator został powiadomiony. Spróbuj wysłać wiadomość ponownie później.\n\nData: {date}"),
    # 30 terse access denied (en)
    ("Mail System Error - Returned Mail",
     "Recipient address rejected: Access denied. AS(201806281) [{host}.protection.example]\n\n<{name}@clientco.example>: 550 5.4.1 Recipient address rejected: Access denied\n\nOriginal-Recipient: rfc822;{name}@clientco.example\nAction: failed\nStatus: 5.4.1\nArrival-Date: {date}"),
    # 31 mailbox full soft (tr)
    ("Geçici teslim hatası",
     "Mesajınız henüz teslim edilemedi.\n\nAlıcı: muhasebe@firma.example\nKonu: Fatura {order}\nNeden: Alıcının posta kutusu dolu (452 4.2.2 Mailbox full)\n\nSunucumuz ({host}) teslimatı 3 gün boyunca otomatik olarak tekrar deneyecektir. Mesajı yeniden göndermenize gerek yoktur.\n\nTarih: {date}"),
]

_AUTO_REPLY: list[tuple[str, str]] = [
    # 0 out of office (en)
    ("Automatic reply: {subject}",
     "Thank you for your email. I am out of the office until {date} with limited access to email. I will respond to your message as soon as possible upon my return.\n\nFor urgent matters, please contact my colleague Priya Raman at priya.raman@firm.example.\n\nKind regards,\n{name} {last}"),
    # 1 vacation (de)
    ("Automatische Antwort: {subject}",
     "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich {date} im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter info@firma.example oder telefonisch unter +49 000 0000000.\n\nMit freundlichen Grüßen\n{name} {last}"),
    # 2 inquiry ack (es)
    ("Re: {subject}",
     "Hola,\n\nHemos recibido tu mensaje. Este es un acuse de recibo automático: nuestro equipo lo revisará y te responderá en un plazo de 48 horas laborables.\n\nPor favor, no respondas a este correo.\n\nGracias,\n{co}"),
    # 3 left the company (en)
    ("Re: {subject}",
     "Hello,\n\nPlease note that I have left {co} and this mailbox is no longer monitored. Your message has not been forwarded.\n\nFor sales enquiries, please contact sales@firm.example. For anything else, the main office can be reached at +44 0000 000000.\n\nThank you, and all the best,\n{name}"),
    # 4 accounts payable shared inbox (en)
    ("[Auto-Reply] {subject}",
     "Thank you for contacting {co} Accounts Payable.\n\nThis mailbox is monitored Monday to Friday, 9:00-17:00. We aim to reply within 3 business days.\n\nPlease note:\n- Invoices must quote a valid purchase order number, or they will be returned.\n- Payment runs take place every Thursday.\n- For payment status, please check the supplier portal before emailing.\n\nThis is an automated message; there is no need to reply."),
    # 5 conference travel (en)
    ("Out of Office: {subject}",
     "Hi,\n\nI'm at a conference in Singapore until {date}, so replies will be slow and at odd hours. If it's urgent, call my mobile (+65 0000 0000).\n\nBest,\n{name}"),
    # 6 parental leave (en)
    ("Out of Office: {subject}",
     "Hi there,\n\nI'm on parental leave until {date} and won't be checking email. 🍼\n\nWhile I'm away:\n• Project questions -> Sam Okafor (sam.okafor@studio.example)\n• Invoices and contracts -> accounts@studio.example\n\nI'll be back online after {date} - if it's still relevant then, feel free to resend.\n\nThanks!\n{name}"),
    # 7 out of office (ja)
    ("自動返信: {subject}",
     "お世話になっております。\n{last}です。\n\n誠に恐れ入りますが、{date}まで不在にしております。\nいただいたメールは、戻り次第順次確認し、ご返信いたします。\n\nお急ぎの場合は、同じ部署の山田（yamada@kaisha.example）までご連絡ください。\n\nよろしくお願いいたします。"),
    # 8 vacation (fr)
    ("Absence : {subject}",
     "Bonjour,\n\nJe suis en congés jusqu'au {date} inclus. Votre message ne sera pas transféré.\n\nMerci de votre compréhension.\n\n{name}"),
    # 9 small-team ack (en)
    ("Re: {subject}",
     "Hi,\n\nThanks for getting in touch! This is just a quick note to let you know we've received your email. We're a small team, so it can take us up to 2 working days to reply - we read every message.\n\nIn the meantime, you might find an answer in our FAQ: {link}\n\nSpeak soon,\nThe team at {co}"),
    # 10 left company one-liner (en)
    ("Automatic reply: {subject}",
     "{name} {last} no longer works at {co}. Please direct your enquiry to info@company.example. This email address will be deactivated on {date}."),
    # 11 press office (en)
    ("Auto: {subject}",
     "You've reached the {co} press office.\n\nWe receive a high volume of emails and may not be able to respond to everyone individually. Journalists on deadline, please call our press line: +1 000 000 0000.\n\nPress releases and media kits: {link}\n\n- {co} Communications"),
    # 12 sick leave (nl)
    ("Automatisch antwoord: {subject}",
     "Beste afzender,\n\nIk ben wegens ziekte afwezig en lees mijn e-mail niet. Uw bericht wordt niet automatisch doorgestuurd.\n\nVoor dringende zaken kunt u contact opnemen met mijn collega via secretariaat@bedrijf.example.\n\nMet vriendelijke groet,\n{name} {last}"),
    # 13 maternity leave (it)
    ("Risposta automatica: {subject}",
     "Buongiorno,\n\nsono in congedo di maternità fino al {date} e non ho accesso alla posta elettronica.\n\nPer questioni urgenti potete scrivere alla collega Giulia Ferri (giulia.ferri@azienda.example).\n\nGrazie e a presto,\n{name} {last}"),
    # 14 terse OOO (en)
    ("Out of office",
     "I'm out until {date}. Back then. - {name}"),
    # 15 vacation long w/ quote (en)
    ("Automatic reply: {subject}",
     "Hi,\n\nThanks for your message. I'm currently on annual leave, hiking somewhere without signal, and will be back on {date}.\n\nI won't be reading email while I'm away, so if this is urgent please contact:\n\n  Operations:      ops@logistics.example\n  Customer issues: help@logistics.example\n\nOtherwise I'll get back to you when I return (though please forgive me if it takes a few days to dig out).\n\nBest,\n{name} {last}\nSenior Planner | {co}\n\n> Subject: {subject}\n> Sent: {date}"),
    # 16 generic received confirmation (en)
    ("Re: {subject} [Received]",
     "Dear Sender,\n\nThis is an automated confirmation that your email has been received by {co}. Please do not reply to this message.\n\nOur office hours are Monday-Friday, 08:00-18:00. Messages received outside office hours will be handled the next working day.\n\nKind regards,\n{co} Customer Service"),
    # 17 left company (pt)
    ("Resposta automática: {subject}",
     "Olá,\n\nInformo que não faço mais parte da equipe da {co}. Este endereço de e-mail será desativado em breve.\n\nPara assuntos comerciais, por favor escreva para contato@empresa.example.\n\nObrigado pela parceria ao longo desses anos!\n\n{name}"),
    # 18 careers inbox (en)
    ("Thank you for your email - {subject}",
     "Thank you for your interest in joining {co}!\n\nThis is an automatic reply to confirm we've received your email to careers@jobs.example. Due to the number of applications, we can only respond to shortlisted candidates. If you haven't heard from us within 3 weeks, please assume your application has not been successful this time.\n\nPlease apply to specific openings through our careers page: {link}\n\nThe {co} Talent Team"),
    # 19 business travel (tr)
    ("Otomatik yanıt: {subject}",
     "Merhaba,\n\n{date} tarihine kadar iş seyahatindeyim ve e-postalarıma sınırlı erişimim var. Döndüğümde size en kısa sürede yanıt vereceğim.\n\nAcil durumlar için lütfen +90 000 000 00 00 numaralı telefondan ofisimize ulaşın.\n\nSaygılarımla,\n{name} {last}"),
    # 20 parental leave (ru)
    ("Автоматический ответ: {subject}",
     "Здравствуйте!\n\nЯ нахожусь в отпуске по уходу за ребёнком до {date} и не проверяю почту.\n\nПо рабочим вопросам, пожалуйста, обращайтесь к моему коллеге Дмитрию (d.petrov@kompania.example).\n\nС уважением,\n{name} {last}"),
    # 21 OOO with on-call pointer (en)
    ("Automatic reply: {subject}",
     "I'm currently out of the office with no access to email, returning {date}.\n\nIf your message concerns server {host} or an outage, please page the on-call engineer via the incident channel instead of emailing me.\n\nThanks,\n{name}"),
    # 22 vacation (zh)
    ("自动回复：{subject}",
     "您好！\n\n我正在休假，{date}返回办公室。休假期间无法及时查看邮件，如有急事请联系我的同事张丽（zhangli@gongsi.example）。\n\n谢谢！\n{name}"),
    # 23 ack quoting subject (en)
    ("We've received your message",
     "Hi {name},\n\nThanks for writing to us. Your message about \"{subject}\" has reached our inbox and someone from the team will reply soon - usually within one business day.\n\nNo need to send it again.\n\nWarm regards,\n{co}"),
    # 24 moved on (en)
    ("Re: {subject}",
     "Hi, thanks for your email. After eight wonderful years I've moved on from {co}, and this address will be closed on {date}.\n\nFor anything related to the {product} account, please get in touch with my successor, Amaka Eze, at amaka.eze@agency.example.\n\nIf you'd like to stay in touch personally, you can find me at {name}.{last}@post.example.\n\nAll the best,\n{name}"),
    # 25 support inbox ack (ko)
    ("자동 회신: {subject}",
     "안녕하세요, {co} 고객지원팀입니다.\n\n보내주신 메일이 정상적으로 접수되었습니다. 영업일 기준 1~2일 이내에 담당자가 답변드리겠습니다.\n\n운영 시간: 평일 09:00 ~ 18:00 (주말 및 공휴일 휴무)\n\n본 메일은 발신 전용입니다."),
    # 26 jury service (en)
    ("Automatic reply: {subject}",
     "Hello,\n\nI'm on jury service until {date} and will only be checking email occasionally in the evenings. Replies may be delayed.\n\nIf you need an immediate response, please contact the team inbox at projects@agency.example.\n\nRegards,\n{name} {last}"),
    # 27 maternity leave (ar)
    ("رد تلقائي: {subject}",
     "شكراً لرسالتك.\n\nأنا في إجازة أمومة حتى {date} ولن أتمكن من الرد على البريد الإلكتروني خلال هذه الفترة.\n\nللأمور العاجلة يرجى التواصل مع زميلتي ليلى عبر البريد layla@sharika.example.\n\nمع خالص التحية،\n{name}"),
    # 28 travelling, from phone (en)
    ("Out of Office Re: {subject}",
     "Hi - I'm travelling with limited connectivity until {date}. I'll reply when I can.\n\nSent from my phone"),
    # 29 holiday (en)
    ("Autoreply: on holiday until {date}",
     "Hello! I'm on holiday until {date}. Your email about \"{subject}\" will be read when I'm back. If it's about an existing order, please contact orders@shop.example.\n\nCheers,\n{name}"),
    # 30 ack (pl)
    ("Odpowiedź automatyczna: {subject}",
     "Dzień dobry,\n\ndziękujemy za wiadomość. Potwierdzamy jej otrzymanie. Odpowiemy najszybciej, jak to możliwe, zwykle w ciągu 2 dni roboczych.\n\nWiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.\n\nZespół {co}"),
    # 31 left company with disclaimer (en)
    ("Automatic reply: {subject}",
     "Thank you for your email.\n\n{name} {last} has left {co} as of {date}. Your email will not be forwarded.\n\nPlease resend your message to one of the contacts below:\n\n  General enquiries   info@corp.example\n  Billing             billing@corp.example\n  Partnerships        partners@corp.example\n\n--\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. {co} Ltd is registered in Scotland, No. SC000000."),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "verification": _VERIFICATION,
    "transactional": _TRANSACTIONAL,
    "notification": _NOTIFICATION,
    "support": _SUPPORT,
    "personal": _PERSONAL,
    "marketing": _MARKETING,
    "spam": _SPAM,
    "bounce": _BOUNCE,
    "auto_reply": _AUTO_REPLY,
}
