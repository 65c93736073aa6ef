<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActionCenter</name>
    <message>
        <source>%1 for %2 (%3)</source>
        <extracomment>program for location (PartnerID)</extracomment>
        <translation>%2（%3）の %1</translation>
    </message>
    <message>
        <source>Validation approved: %1</source>
        <translation>検証承認: %1</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 passed validation: it is Enrolled for %4.</source>
        <translation>%1（%2）の %3 への登録は検証に合格しました。%4 に登録済みです。</translation>
    </message>
    <message>
        <source>Validation rejected: %1</source>
        <translation>検証却下: %1</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 was rejected: %4

Correct the profile named in the reason, then submit the enrollment again.</source>
        <translation>%1（%2）の %3 への登録は却下されました: %4

理由に記載されたプロファイルを修正し、登録を再送信してください。</translation>
    </message>
    <message>
        <source>Renewed for %1: %2</source>
        <translation>%1 に更新: %2</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 continues into %4.</source>
        <translation>%1（%2）の %3 への登録は %4 に継続されます。</translation>
    </message>
    <message>
        <source>Not renewed for %1: %2</source>
        <translation>%1 に更新されず: %2</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 did not continue into %4: %5

What fixes it: %6</source>
        <translation>%1（%2）の %3 への登録は %4 に継続されませんでした: %5

解決方法: %6</translation>
    </message>
    <message>
        <source>Tax form expires in %1 days: %2 (%3)</source>
        <translation>税務フォームの有効期限まであと %1 日: %2（%3）</translation>
    </message>
    <message>
        <source>The %1 of %2 (%3) expires on %4. Sign a new one before then: with an expired tax form, payouts stop and enrollments do not renew at the fiscal-year end.</source>
        <translation>%2（%3）の %1 は %4 に期限切れになります。それまでに新しいものに署名してください。期限切れの税務フォームでは支払いが停止し、会計年度末に登録が更新されません。</translation>
    </message>
    <message>
        <source>Role given: %1</source>
        <translation>ロール付与: %1</translation>
    </message>
    <message>
        <source>Role given: %1 at %2</source>
        <translation>ロール付与: %2 の %1</translation>
    </message>
    <message>
        <source>You now hold the %1 role. See My access for what it lets you do.</source>
        <translation>%1 ロールが付与されました。できることは「マイ アクセス」で確認できます。</translation>
    </message>
    <message>
        <source>You now hold the %1 role at %2. See My access for what it lets you do.</source>
        <translation>%2 の %1 ロールが付与されました。できることは「マイ アクセス」で確認できます。</translation>
    </message>
    <message>
        <source>Role removed: %1</source>
        <translation>ロール削除: %1</translation>
    </message>
    <message>
        <source>Role removed: %1 at %2</source>
        <translation>ロール削除: %2 の %1</translation>
    </message>
    <message>
        <source>You no longer hold the %1 role. See My access for what you can still do.</source>
        <translation>%1 ロールは削除されました。引き続きできることは「マイ アクセス」で確認できます。</translation>
    </message>
    <message>
        <source>You no longer hold the %1 role at %2. See My access for what you can still do.</source>
        <translation>%2 の %1 ロールは削除されました。引き続きできることは「マイ アクセス」で確認できます。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Invitation</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>Validation approved</source>
        <translation>検証承認</translation>
    </message>
    <message>
        <source>Validation rejected</source>
        <translation>検証却下</translation>
    </message>
    <message>
        <source>Tax form expiring</source>
        <translation>税務フォーム期限切れ間近</translation>
    </message>
    <message>
        <source>Renewal outcome</source>
        <translation>更新結果</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>ロール変更</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推奨</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>The user %1 is deactivated.</source>
        <translation>ユーザー %1 は無効化されています。</translation>
    </message>
    <message>
        <source>Sign in first: say who acts.</source>
        <translation>先にサインインしてください。誰が操作するかを指定してください。</translation>
    </message>
</context>
<context>
    <name>AssignmentService</name>
    <message>
        <source>%1 has no enrollment for location %2.</source>
        <translation>%1 には拠点 %2 の登録がありません。</translation>
    </message>
    <message>
        <source>There is no bank profile %1.</source>
        <translation>銀行プロファイル %1 はありません。</translation>
    </message>
    <message>
        <source>Choose at least one location.</source>
        <translation>拠点を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>%1 is not accepted for a bank account in %2.</source>
        <translation>%1 は %2 の銀行口座では受け付けられません。</translation>
    </message>
    <message>
        <source>%1 #%2 (%3)</source>
        <translation>%1 #%2 (%3)</translation>
    </message>
    <message>
        <source>Location %1 has no tax profile %2; choose one of its own on the Payout and tax profiles page.</source>
        <translation>拠点 %1 には税務プロファイル %2 がありません。支払いプロファイルと税務プロファイルのページで、この拠点のものを選んでください。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Search actions, locations, programs and details</source>
        <translation>アクション、拠点、プログラム、詳細を検索</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>監査ログを検索</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Shows the records whose action, location, program or details contain the text</source>
        <translation>アクション、拠点、プログラム、詳細のいずれかにこのテキストを含むレコードを表示します</translation>
    </message>
    <message>
        <source>Every change with its time, user, action, location, program and details, newest first</source>
        <translation>すべての変更を、日時、ユーザー、アクション、拠点、プログラム、詳細とともに新しい順に表示します</translation>
    </message>
    <message>
        <source>Shows only the records of the user chosen; type part of a name or email address to find them</source>
        <translation>選んだユーザーの記録だけを表示します。名前またはメールアドレスの一部を入力して探します</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>さらに読み込む(&amp;M)</translation>
    </message>
    <message>
        <source>Load more records</source>
        <translation>さらに記録を読み込む</translation>
    </message>
    <message>
        <source>Adds the next older records to the table</source>
        <translation>次に古い記録を表に追加します</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>%1 accepted the invitation to %2 for %3</source>
        <translation>%1 が %3 の %2 への招待を承諾しました</translation>
    </message>
    <message>
        <source>%1 submitted the enrollment in %2 for %3</source>
        <translation>%1 が %3 の %2 への登録を送信しました</translation>
    </message>
    <message>
        <source>%1 validated the enrollment in %2 for %3</source>
        <translation>%1 が %3 の %2 への登録を承認しました</translation>
    </message>
    <message>
        <source>%1 rejected the enrollment in %2 for %3</source>
        <translation>%1 が %3 の %2 への登録を却下しました</translation>
    </message>
    <message>
        <source>%1 sent the enrollment in %2 for %3 back to validation after a profile change</source>
        <translation>プロファイル変更のため、%1 が %3 の %2 への登録を再検証に戻しました</translation>
    </message>
    <message>
        <source>%1 held the enrollment in %2 for %3 because its tax form expired</source>
        <translation>税務フォームの期限切れにより、%1 が %3 の %2 への登録を保留しました</translation>
    </message>
    <message>
        <source>%1 found %3 no longer eligible for %2</source>
        <translation>%1 が %3 は %2 の対象外になったと判断しました</translation>
    </message>
    <message>
        <source>%1 found %3 eligible for %2 again</source>
        <translation>%1 が %3 は再び %2 の対象になったと判断しました</translation>
    </message>
    <message>
        <source>%1 discontinued %2 for %3</source>
        <translation>%1 が %3 の %2 を終了しました</translation>
    </message>
    <message>
        <source>%1 renewed the enrollment in %2 for %3</source>
        <translation>%1 が %3 の %2 への登録を更新しました</translation>
    </message>
    <message>
        <source>%1 let the enrollment in %2 for %3 lapse at the fiscal year&apos;s end</source>
        <translation>会計年度末に %1 が %3 の %2 への登録を失効させました</translation>
    </message>
    <message>
        <source>%1 held the renewal of %2 for %3 for missing payout or tax details</source>
        <translation>支払いまたは税務情報の不足により、%1 が %3 の %2 の更新を保留しました</translation>
    </message>
    <message>
        <source>%1 reactivated the enrollment in %2 for %3</source>
        <translation>%1 が %3 の %2 への登録を再開しました</translation>
    </message>
    <message>
        <source>%1 closed %2 for %3</source>
        <translation>%1 が %3 の %2 を締め切りました</translation>
    </message>
    <message>
        <source>%1 invited %3 to enroll in %2 (%4).</source>
        <translation>%1 が %3 を %2 への登録に招待しました (%4)。</translation>
    </message>
    <message>
        <source>%1 changed the enrollment in %2 for %3</source>
        <translation>%1 が %3 の %2 への登録を変更しました</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2)。</translation>
    </message>
    <message>
        <source>%1 made %2 %3.</source>
        <translation>%1 が %2 を %3 にしました。</translation>
    </message>
    <message>
        <source>%1 made %2 %3 of %4.</source>
        <translation>%1 が %2 を %4 の %3 にしました。</translation>
    </message>
    <message>
        <source>%1 removed the %3 role of %2</source>
        <translation>%1 が %2 の %3 ロールを削除しました</translation>
    </message>
    <message>
        <source>%1 removed the %3 role of %2 at %4</source>
        <translation>%1 が %4 での %2 の %3 ロールを削除しました</translation>
    </message>
    <message>
        <source>%1; %2 holds it now.</source>
        <translation>%1。現在は %2 が担当しています。</translation>
    </message>
    <message>
        <source>%1, as %2 is %3 there now.</source>
        <translation>%1。%2 はそこで %3 になったためです。</translation>
    </message>
    <message>
        <source>%1 emailed %2 the invitation to enroll %3 in %4.</source>
        <translation>%1 が %2 に %3 を %4 に登録する招待をメールで送りました。</translation>
    </message>
    <message>
        <source>%1 added the user %2.</source>
        <translation>%1 がユーザー %2 を追加しました。</translation>
    </message>
    <message>
        <source>%1 deactivated %2.</source>
        <translation>%1 が %2 を無効にしました。</translation>
    </message>
    <message>
        <source>%1 reactivated %2.</source>
        <translation>%1 が %2 を再び有効にしました。</translation>
    </message>
    <message>
        <source>%1 signed in.</source>
        <translation>%1 がサインインしました。</translation>
    </message>
    <message>
        <source>A sign-in as %1 failed (%2).</source>
        <translation>%1 としてのサインインに失敗しました (%2)。</translation>
    </message>
    <message>
        <source>%1 changed their password.</source>
        <translation>%1 がパスワードを変更しました。</translation>
    </message>
    <message>
        <source>%1 reset the password of %2.</source>
        <translation>%1 が %2 のパスワードをリセットしました。</translation>
    </message>
    <message>
        <source>%1 opened the invitation to %2 for %3 from Home.</source>
        <translation>%1 がホームから %3 の %2 への招待を開きました。</translation>
    </message>
    <message>
        <source>%1 added the bank profile %2.</source>
        <translation>%1 が銀行プロファイル %2 を追加しました。</translation>
    </message>
    <message>
        <source>%1 changed the bank profile %2.</source>
        <translation>%1 が銀行プロファイル %2 を変更しました。</translation>
    </message>
    <message>
        <source>%1 made the bank profile %2 the default of %3.</source>
        <translation>%1 が銀行プロファイル %2 を %3 の既定にしました。</translation>
    </message>
    <message>
        <source>%1 saved the tax profile of %2 (%3).</source>
        <translation>%1 が %2 の税務プロファイルを保存しました (%3)。</translation>
    </message>
    <message>
        <source>The tax profile of %1 needs action: %2</source>
        <translation>%1 の税務プロファイルに対応が必要です: %2</translation>
    </message>
    <message>
        <source>%1 closed fiscal year %2.</source>
        <translation>%1 が会計年度 %2 を締めました。</translation>
    </message>
    <message>
        <source>%1 published the program %2 (%3).</source>
        <translation>%1 がプログラム %2 を公開しました (%3)。</translation>
    </message>
    <message>
        <source>%1 discontinued the program %2.</source>
        <translation>%1 がプログラム %2 を終了しました。</translation>
    </message>
    <message>
        <source>%1 closed the program %2.</source>
        <translation>%1 がプログラム %2 を締め切りました。</translation>
    </message>
    <message>
        <source>%1 reopened the program %2.</source>
        <translation>%1 がプログラム %2 を再開しました。</translation>
    </message>
    <message>
        <source>%1 changed the partner attributes of %2: %3</source>
        <translation>%1 が %2 のパートナー属性を変更しました: %3</translation>
    </message>
    <message>
        <source>%1 moved the demo clock (%2).</source>
        <translation>%1 がデモの時計を動かしました (%2)。</translation>
    </message>
    <message>
        <source>%1 created the database (%2).</source>
        <translation>%1 がデータベースを作成しました (%2)。</translation>
    </message>
    <message>
        <source>%1 generated the database (%2).</source>
        <translation>%1 がデータベースを生成しました (%2)。</translation>
    </message>
    <message>
        <source>%1 copied the database here (%2).</source>
        <translation>%1 がデータベースをここにコピーしました (%2)。</translation>
    </message>
    <message>
        <source>%1 restored the database (%2).</source>
        <translation>%1 がデータベースを復元しました (%2)。</translation>
    </message>
    <message>
        <source>%1 backed up the database to %2.</source>
        <translation>%1 がデータベースを %2 にバックアップしました。</translation>
    </message>
    <message>
        <source>%1 loaded a demo snapshot (%2).</source>
        <translation>%1 がデモのスナップショットを読み込みました (%2)。</translation>
    </message>
    <message>
        <source>%1 reset the demo (%2).</source>
        <translation>%1 がデモをリセットしました (%2)。</translation>
    </message>
    <message>
        <source>%1 saved the demo snapshot %2.</source>
        <translation>%1 がデモのスナップショット %2 を保存しました。</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 は拒否されました: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 attached %2 to the tax profile of %3.</source>
        <translation>%1 が %3 の税務プロファイルに %2 を添付しました。</translation>
    </message>
    <message>
        <source>%1 assigned %2 at %3: %4.</source>
        <translation>%1 が %3 の %2 を割り当てました: %4。</translation>
    </message>
    <message>
        <source>%1 chose the default profiles of %2: %3.</source>
        <translation>%1 が %2 の既定のプロファイルを選択しました: %3。</translation>
    </message>
    <message>
        <source>%1 held the payments of %2 at %3.</source>
        <translation>%1 が %3 の %2 の支払いを保留しました。</translation>
    </message>
    <message>
        <source>%1 released the payments of %2 at %3.</source>
        <translation>%1 が %3 の %2 の支払い保留を解除しました。</translation>
    </message>
    <message>
        <source>%1 recorded that Microsoft confirmed the CSP tenant of the credit note %2.</source>
        <translation>%1 が、クレジットノート %2 の CSP テナントを Microsoft が確認したことを記録しました。</translation>
    </message>
    <message>
        <source>%1 created a class sandbox (%2).</source>
        <translation>%1 がクラスのサンドボックスを作成しました (%2)。</translation>
    </message>
    <message>
        <source>%1 reset a class sandbox (%2).</source>
        <translation>%1 がクラスのサンドボックスをリセットしました (%2)。</translation>
    </message>
    <message>
        <source>%1 removed a class sandbox that could not be built (%2).</source>
        <translation>%1 が作成できなかったクラスのサンドボックスを削除しました (%2)。</translation>
    </message>
    <message>
        <source>%1 reached a step of a guided scenario (%2).</source>
        <translation>%1 がガイド付きシナリオのステップに到達しました (%2)。</translation>
    </message>
    <message>
        <source>%1 added another tax profile to %2 (%3).</source>
        <translation>%1 が %2 に税務プロファイルをもう 1 つ追加しました (%3)。</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>This user account is deactivated.</source>
        <translation>このユーザー アカウントは無効化されています。</translation>
    </message>
    <message>
        <source>An audit anchor is COUNT:HASH, as &apos;audit anchor&apos; prints it.</source>
        <translation>監査アンカーは &apos;audit anchor&apos; が出力する COUNT:HASH の形式です。</translation>
    </message>
    <message>
        <source>The audit log holds %1 records, fewer than the %2 of its anchor: records were deleted.</source>
        <translation>監査ログのレコードは %1 件で、アンカーの %2 件より少なくなっています。レコードが削除されました。</translation>
    </message>
    <message>
        <source>Record %1 of the audit log no longer matches its anchor: the log was rewritten.</source>
        <translation>監査ログのレコード %1 がアンカーと一致しません。ログが書き換えられました。</translation>
    </message>
    <message>
        <source>%1 (This computer last saw the log at %2.)</source>
        <translation>%1（このコンピューターが最後に確認したログは %2 です。）</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The email address or the password is not right.</source>
        <translation>メール アドレスまたはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: wait %1 seconds and try again.</source>
        <translation>サインインの失敗回数が多すぎます。%1 秒待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This user account is deactivated.</source>
        <translation>このユーザー アカウントは無効化されています。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>現在のパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>現在のパスワードとは異なるパスワードを選択してください。</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>This user account is deactivated or unknown.</source>
        <translation>このユーザー アカウントは無効化されているか、存在しません。</translation>
    </message>
    <message>
        <source>You have no role for this location. Ask an Account admin for access.</source>
        <translation>この拠点に対するロールがありません。アカウント管理者にアクセス権を依頼してください。</translation>
    </message>
    <message>
        <source>Only the location&apos;s Incentives admin sees full bank details.</source>
        <translation>銀行情報をすべて表示できるのは、その拠点のインセンティブ管理者だけです。</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can enroll it. An Account admin assigns that role.</source>
        <translation>この拠点を登録できるのは、この拠点のインセンティブ管理者だけです。このロールはアカウント管理者が割り当てます。</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can change its payout and tax profiles.</source>
        <translation>この拠点の支払いプロファイルと税務プロファイルを変更できるのは、この拠点のインセンティブ管理者だけです。</translation>
    </message>
    <message>
        <source>Only an Incentives admin can create or change bank profiles.</source>
        <translation>銀行プロファイルを作成または変更できるのは、インセンティブ管理者だけです。</translation>
    </message>
    <message>
        <source>Only an Account admin can do this.</source>
        <translation>この操作を実行できるのは、アカウント管理者だけです。</translation>
    </message>
    <message>
        <source>This action is not allowed.</source>
        <translation>この操作は許可されていません。</translation>
    </message>
    <message>
        <source>Only an Account admin can back up or restore the database: a backup holds every account number.</source>
        <translation>データベースのバックアップと復元はアカウント管理者だけが行えます。バックアップにはすべての口座番号が含まれます。</translation>
    </message>
    <message>
        <source>Only a Presenter can use the presenter tools. An Account admin assigns that role.</source>
        <translation>プレゼンターツールを使えるのはプレゼンターだけです。このロールはアカウント管理者が割り当てます。</translation>
    </message>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>デモツールはデモ用データベースでのみ使えます。</translation>
    </message>
    <message>
        <source>Only an Incentives admin can see, use or change bank profiles.</source>
        <translation>銀行プロファイルを表示、使用、変更できるのはインセンティブ管理者だけです。</translation>
    </message>
    <message>
        <source>This bank profile belongs to locations you do not administer.</source>
        <translation>この銀行プロファイルは、あなたが管理していない拠点に属しています。</translation>
    </message>
    <message>
        <source>This bank profile also pays a location you do not administer; only an Incentives admin of every location that uses it can change it.</source>
        <translation>この銀行プロファイルはあなたが管理していない拠点への支払いにも使われています。変更できるのは、これを使うすべての拠点のインセンティブ管理者だけです。</translation>
    </message>
    <message>
        <source>Only an Account admin can record locations and programs.</source>
        <translation>拠点とプログラムを記録できるのはアカウント管理者だけです。</translation>
    </message>
    <message>
        <source>Only an Account admin or the location&apos;s Incentives admin can record an invitation for it.</source>
        <translation>招待を記録できるのはアカウント管理者またはその拠点のインセンティブ管理者だけです。</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can record Microsoft&apos;s validation outcome.</source>
        <translation>Microsoft の検証結果を記録できるのはこの拠点のインセンティブ管理者だけです。</translation>
    </message>
    <message>
        <source>Only those with a role for this location see the documents of its tax profile.</source>
        <translation>この拠点のロールを持つユーザーだけが、その税務プロファイルの書類を表示できます。</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can attach documents to its tax profile.</source>
        <translation>この拠点のインセンティブ管理者だけが、税務プロファイルに書類を添付できます。</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can assign its payout and tax profiles.</source>
        <translation>この拠点の支払いおよび税務プロファイルを割り当てられるのは、この拠点のインセンティブ管理者だけです。</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can hold or release its payments.</source>
        <translation>この拠点の支払いを保留または解除できるのは、この拠点のインセンティブ管理者だけです。</translation>
    </message>
</context>
<context>
    <name>BankProfileDialog</name>
    <message>
        <source>Bank profile</source>
        <translation>銀行プロファイル</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>プロファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>e.g. Contoso EU payouts</source>
        <translation>例: Contoso EU 支払い</translation>
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation>銀行の国(&amp;C):</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>銀行の国</translation>
    </message>
    <message>
        <source>Payment &amp;method:</source>
        <translation>支払方法(&amp;M):</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>通貨(&amp;U):</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>口座名義人(&amp;H):</translation>
    </message>
    <message>
        <source>Account holder name</source>
        <translation>口座名義人名</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>IBAN(&amp;I):</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>e.g. DE89 3704 0044 0532 0130 00</source>
        <translation>例: DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <source>&amp;BIC / SWIFT:</source>
        <translation>BIC / SWIFT(&amp;B):</translation>
    </message>
    <message>
        <source>BIC or SWIFT code</source>
        <translation>BIC または SWIFT コード</translation>
    </message>
    <message>
        <source>8 or 11 characters</source>
        <translation>8 文字または 11 文字</translation>
    </message>
    <message>
        <source>&amp;Institution number:</source>
        <translation>金融機関番号(&amp;I):</translation>
    </message>
    <message>
        <source>Institution number</source>
        <translation>金融機関番号</translation>
    </message>
    <message>
        <source>3 digits</source>
        <translation>3 桁</translation>
    </message>
    <message>
        <source>&amp;Routing number:</source>
        <translation>ルーティング番号(&amp;R):</translation>
    </message>
    <message>
        <source>Routing number</source>
        <translation>ルーティング番号</translation>
    </message>
    <message>
        <source>&amp;Account number:</source>
        <translation>口座番号(&amp;A):</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>口座番号</translation>
    </message>
    <message>
        <source>Account t&amp;ype:</source>
        <translation>口座の種類(&amp;Y):</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>口座の種類</translation>
    </message>
    <message>
        <source>Ban&amp;k name:</source>
        <translation>銀行名(&amp;K):</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>銀行名</translation>
    </message>
    <message>
        <source>Bank a&amp;ddress:</source>
        <translation>銀行の住所(&amp;D):</translation>
    </message>
    <message>
        <source>Bank address</source>
        <translation>銀行の住所</translation>
    </message>
    <message>
        <source>A name of your choice that tells this bank account apart from the others</source>
        <translation>この銀行口座を他の口座と区別するための任意の名前</translation>
    </message>
    <message>
        <source>Type part of the country&apos;s name or its two-letter code; the fields below follow the country</source>
        <translation>国名の一部または 2 文字の国コードを入力します。下の入力項目は国によって変わります</translation>
    </message>
    <message>
        <source>The currencies the bank&apos;s country allows and the program pays in</source>
        <translation>銀行の国で使用でき、かつプログラムが支払いに使用する通貨</translation>
    </message>
    <message>
        <source>The fields follow the bank&apos;s country. Microsoft pays only to an account held in the legal entity name of the location it pays.</source>
        <translation>入力項目は銀行の国によって変わります。Microsoft は、支払先拠点の法人名義の口座にのみ支払いを行います。</translation>
    </message>
    <message>
        <source>The legal entity name of the location it pays, as the bank has it</source>
        <translation>銀行に登録されている、支払先拠点の法人名</translation>
    </message>
    <message>
        <source>The location&apos;s legal entity name</source>
        <translation>拠点の法人名</translation>
    </message>
    <message>
        <source>CSP t&amp;enant ID:</source>
        <translation>CSP テナント ID(&amp;E):</translation>
    </message>
    <message>
        <source>CSP tenant ID</source>
        <translation>CSP テナント ID</translation>
    </message>
    <message>
        <source>The Microsoft Entra tenant ID of your CSP account, a GUID; the credit note is issued to it</source>
        <translation>CSP アカウントの Microsoft Entra テナント ID (GUID)。クレジット ノートはこのテナントに発行されます</translation>
    </message>
    <message>
        <source>e.g. 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d</source>
        <translation>例: 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d</translation>
    </message>
    <message>
        <source>Tenant status:</source>
        <translation>テナントの状態:</translation>
    </message>
    <message>
        <source>Tenant status</source>
        <translation>テナントの状態</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>確認(&amp;V)…</translation>
    </message>
    <message>
        <source>Verify tenant</source>
        <translation>テナントを確認</translation>
    </message>
    <message>
        <source>Records that Microsoft confirmed the CSP tenant of this credit-note profile</source>
        <translation>Microsoft がこのクレジット ノート プロファイルの CSP テナントを確認したことを記録します</translation>
    </message>
    <message>
        <source>Request tax e&amp;xemption for the credit note</source>
        <translation>クレジット ノートの免税を申請する(&amp;X)</translation>
    </message>
    <message>
        <source>Request tax exemption</source>
        <translation>免税を申請</translation>
    </message>
    <message>
        <source>In this country the credit note carries tax unless you ask for the exemption</source>
        <translation>この国では、免税を申請しない限りクレジット ノートに税が含まれます</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>連絡先担当者(&amp;P):</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>連絡先担当者</translation>
    </message>
    <message>
        <source>The person at your company the bank may contact about this account (optional)</source>
        <translation>この口座について銀行が連絡できる社内の担当者 (省略可)</translation>
    </message>
    <message>
        <source>Contact emai&amp;l:</source>
        <translation>連絡先メール(&amp;L):</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>連絡先メール</translation>
    </message>
    <message>
        <source>Email address of the contact person</source>
        <translation>連絡先担当者のメール アドレス</translation>
    </message>
    <message>
        <source>Contact ph&amp;one:</source>
        <translation>連絡先電話番号(&amp;O):</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>連絡先電話番号</translation>
    </message>
    <message>
        <source>Phone number of the contact person, with the country code</source>
        <translation>連絡先担当者の電話番号 (国番号付き)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>現在のパスワード(&amp;C):</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>現在のパスワード</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>もう一度入力(&amp;R):</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>新しいパスワードをもう一度入力</translation>
    </message>
</context>
<context>
    <name>ClassroomService</name>
    <message>
        <source>A class needs a shared PostgreSQL database: each trainee&apos;s sandbox is a schema of its own there.</source>
        <translation>クラスには共有 PostgreSQL データベースが必要です。各受講者のサンドボックスはそこに独自のスキーマとして作られます。</translation>
    </message>
    <message>
        <source>A class is managed from the main organization, not from a sandbox.</source>
        <translation>クラスはサンドボックスではなく、メインの組織から管理します。</translation>
    </message>
    <message>
        <source>Name at least one trainee.</source>
        <translation>受講者を少なくとも 1 人指定してください。</translation>
    </message>
    <message>
        <source>%1 cannot name a trainee&apos;s login: use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;@&apos; (at most 63).</source>
        <translation>%1 は受講者のログイン名にできません。英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos;、&apos;@&apos; を使ってください (63 文字以内)。</translation>
    </message>
    <message>
        <source>%1 is named twice (or like another trainee).</source>
        <translation>%1 が 2 回 (または別の受講者と同じ名前で) 指定されています。</translation>
    </message>
    <message>
        <source>The sandbox of %1 could not be built: %2</source>
        <translation>%1 のサンドボックスを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 has no sandbox in this class.</source>
        <translation>%1 はこのクラスにサンドボックスを持っていません。</translation>
    </message>
    <message>
        <source>The sandbox of %1 could not be rebuilt; it stays as it was. %2</source>
        <translation>%1 のサンドボックスを再作成できませんでした。元のまま残ります。%2</translation>
    </message>
    <message>
        <source>The scenario&apos;s progress does not match its steps.</source>
        <translation>進捗がシナリオのステップと一致しません。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 が 2 回指定されています。</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 には値が必要です。</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>不明なオプション --%1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>共有データベースへの接続</translation>
    </message>
    <message>
        <source>Work on one PostgreSQL database with the rest of your team. Every change is checked against the same rules as in a local file, and the others see it at once.</source>
        <translation>チームの他のメンバーと 1 つの PostgreSQL データベースで作業します。すべての変更はローカル ファイルの場合と同じルールでチェックされ、他のメンバーにもすぐに表示されます。</translation>
    </message>
    <message>
        <source>Saved &amp;connection:</source>
        <translation>保存済みの接続(&amp;C):</translation>
    </message>
    <message>
        <source>Saved connection</source>
        <translation>保存済みの接続</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>削除(&amp;F)</translation>
    </message>
    <message>
        <source>Forget the saved connection</source>
        <translation>保存済みの接続を削除</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>接続名</translation>
    </message>
    <message>
        <source>Shown in the list of saved connections, e.g. Team database</source>
        <translation>保存済みの接続の一覧に表示されます (例: チーム データベース)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation>サーバーのホスト名</translation>
    </message>
    <message>
        <source>The PostgreSQL server, e.g. db.example.com</source>
        <translation>PostgreSQL サーバー (例: db.example.com)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>サーバーのポート</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>データベース名</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Database user name</source>
        <translation>データベースのユーザー名</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>暗号化(&amp;E):</translation>
    </message>
    <message>
        <source>Encryption (TLS) mode</source>
        <translation>暗号化 (TLS) モード</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>データベースのパスワード</translation>
    </message>
    <message>
        <source>Leave empty to use ~/.pgpass or the keychain</source>
        <translation>~/.pgpass またはキーチェーンを使用する場合は空のままにします</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the desktop&apos;s keychain</source>
        <translation>デスクトップのキーチェーンにパスワードを保存する(&amp;K)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>2 つのデータベースのスキーマ バージョンが異なります (%1 と %2)。</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>テーブル %1 をコピーできませんでした: %2</translation>
    </message>
</context>
<context>
    <name>CreditNote</name>
    <message>
        <source>Credit note is not offered in %1; the profile &apos;%2&apos; cannot pay a location there.</source>
        <translation>%1 ではクレジット ノートは提供されていません。プロファイル &apos;%2&apos; はそこの拠点に支払えません。</translation>
    </message>
    <message>
        <source>The credit-note profile &apos;%1&apos; is for %2; it cannot pay a location in %3.</source>
        <translation>クレジット ノート プロファイル &apos;%1&apos; は %2 用です。%3 の拠点には支払えません。</translation>
    </message>
    <message>
        <source>%1 does not pay by credit note; choose a bank-transfer profile instead of &apos;%2&apos;.</source>
        <translation>%1 はクレジット ノートで支払いません。&apos;%2&apos; の代わりに銀行振込のプロファイルを選んでください。</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>ファイルが UTF-8 テキストではありません。</translation>
    </message>
    <message>
        <source>The file holds a NUL character: it is not a CSV file.</source>
        <translation>ファイルに NUL 文字が含まれています。CSV ファイルではありません。</translation>
    </message>
    <message>
        <source>Line %1: a quote is never closed.</source>
        <translation>%1 行目: 引用符が閉じられていません。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 belongs to another application; Incentives Desk leaves it untouched.</source>
        <translation>%1 は別のアプリケーションのファイルです。Incentives Desk はこのファイルを変更しません。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Incentives Desk (schema %2; this version reads up to %3). Update the app to open it.</source>
        <translation>%1 は新しいバージョンの Incentives Desk で作成されました (スキーマ %2。このバージョンで読み取れるのは %3 までです)。開くには、アプリを更新してください。</translation>
    </message>
    <message>
        <source>No database path was given.</source>
        <translation>データベースのパスが指定されていません。</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &apos;incentives-cli --database %1 init --demo&apos;.</source>
        <translation>%1 にデータベースがありません。&apos;incentives-cli --database %1 init --demo&apos; で作成してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 is not an Incentives Desk database.</source>
        <translation>%1 は Incentives Desk のデータベースではありません。</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is cut short.</source>
        <translation>%1 は破損しています。ファイルが途中で切れています。</translation>
    </message>
    <message>
        <source>%1 is read-only. Make it writable or open a copy.</source>
        <translation>%1 は読み取り専用です。書き込み可能にするか、コピーを開いてください。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database.</source>
        <translation>%1 は破損しているか、データベースではありません。</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>データベースはビジー状態です。別のプログラムが書き込み中です。変更は行われていません。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>ディスクがいっぱいです。何も保存されていません。空き領域を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database is read-only: nothing was saved.</source>
        <translation>データベースは読み取り専用です。何も保存されていません。</translation>
    </message>
    <message>
        <source>That would duplicate an existing record.</source>
        <translation>既存のレコードと重複します。</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>データベースでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 は既に存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>%1 is not a usable PostgreSQL address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 は使用可能な PostgreSQL アドレスではありません: %2。postgresql://USER@HOST:PORT/DATABASE の形式で入力してください。</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>ポートは 1～65535 の範囲で指定する必要があります</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>データベース名がありません</translation>
    </message>
    <message>
        <source>the user name is missing</source>
        <translation>ユーザー名がありません</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode は次のいずれかである必要があります: %1</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 600</source>
        <translation>connect_timeout は 1～600 の秒数である必要があります</translation>
    </message>
    <message>
        <source>the option %1 is not known</source>
        <translation>オプション %1 は不明です</translation>
    </message>
    <message>
        <source>Cannot connect to %1: PostgreSQL support is not installed (on Debian, the package libqt6sql6-psql).</source>
        <translation>%1 に接続できません: PostgreSQL のサポートがインストールされていません (Debian では libqt6sql6-psql パッケージ)。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>%1 holds no Incentives Desk data yet. Create it with &apos;incentives-cli --database %1 init --demo&apos;.</source>
        <translation>%1 にはまだ Incentives Desk のデータがありません。&apos;incentives-cli --database %1 init --demo&apos; で作成してください。</translation>
    </message>
    <message>
        <source>%1 is in a folder you cannot write to (%2), and the database needs to write beside its file. Open a copy in a folder of yours.</source>
        <translation>%1 は書き込み権限のないフォルダー (%2) にありますが、データベースはファイルと同じ場所に書き込む必要があります。自分のフォルダーにあるコピーを開いてください。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left as it is; restore a backup or open another file.</source>
        <translation>%1 は破損しています (%2)。ファイルはそのまま残されています。バックアップを復元するか、別のファイルを開いてください。</translation>
    </message>
    <message>
        <source>A backup is written to a file; to copy a database to a server, use &apos;incentives-cli migrate&apos;.</source>
        <translation>バックアップはファイルに書き込まれます。データベースをサーバーにコピーするには、&apos;incentives-cli migrate&apos; を使用してください。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>sandbox must name a classroom sandbox (%1…)</source>
        <translation>sandbox にはクラスのサンドボックス名 (%1…) を指定してください</translation>
    </message>
    <message>
        <source>%1 is still being checked before its first change (on a large file this takes a minute); nothing was changed. Try again in a moment.</source>
        <translation>%1 は最初の変更の前の検査中です (大きなファイルでは 1 分ほどかかります)。何も変更されていません。少し待ってからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>DemoFiles</name>
    <message>
        <source>A snapshot name has 1 to 60 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>スナップショット名は、英字、数字、スペース、ドット、ハイフン、アンダースコアを使用した 1～60 文字で指定してください。</translation>
    </message>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>デモ ツールはデモ データベースでのみ使用できます。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>A snapshot named &apos;%1&apos; exists already.</source>
        <translation>「%1」という名前のスナップショットは既に存在します。</translation>
    </message>
    <message>
        <source>Cannot copy %1.</source>
        <translation>%1 をコピーできません。</translation>
    </message>
    <message>
        <source>A %1 row points at a missing %2 row.</source>
        <translation>%1 の行が、存在しない %2 の行を参照しています。</translation>
    </message>
    <message>
        <source>The audit log was changed after it was written, at record %1.</source>
        <translation>監査ログが書き込み後に変更されています (レコード %1)。</translation>
    </message>
    <message>
        <source>There is no snapshot named &apos;%1&apos;.</source>
        <translation>「%1」という名前のスナップショットはありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a demo snapshot.</source>
        <translation>「%1」はデモのスナップショットではありません。</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 は使用できません: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it is not an intact Incentives Desk database (%2)</source>
        <translation>%1 は復元できません。正常な Incentives Desk データベースではありません（%2）</translation>
    </message>
    <message>
        <source>%1 is damaged; the current database stays. %2</source>
        <translation>%1 は破損しています。現在のデータベースはそのままです。%2</translation>
    </message>
</context>
<context>
    <name>DemoTemplate</name>
    <message>
        <source>unknown key.</source>
        <translation>不明なキーです。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>必須です。</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>リストである必要があります。</translation>
    </message>
    <message>
        <source>has more than %1 entries.</source>
        <translation>%1 件を超えるエントリがあります。</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>テキストである必要があります。</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>%1 文字を超えています。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>true または false である必要があります。</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>%1 から %2 までの整数である必要があります。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>「%1」は次のいずれでもありません: %2。</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image of at most 1 MB.</source>
        <translation>ロゴは 1 MB 以下の PNG または JPEG 画像である必要があります。</translation>
    </message>
    <message>
        <source>Cannot read the logo file %1.</source>
        <translation>ロゴ ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice.</source>
        <translation>「%1」が 2 回出現しています。</translation>
    </message>
    <message>
        <source>%1 covers the whole organization: no location.</source>
        <translation>%1 は組織全体が対象です: 場所は指定しません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a location of the template.</source>
        <translation>「%1」はテンプレートの場所ではありません。</translation>
    </message>
    <message>
        <source>A demo needs an Account admin.</source>
        <translation>デモにはアカウント管理者が必要です。</translation>
    </message>
    <message>
        <source>A demo needs a Presenter, who runs the demo clock.</source>
        <translation>デモには、デモ時計を操作するプレゼンターが必要です。</translation>
    </message>
    <message>
        <source>must be a date, YYYY-MM-DD.</source>
        <translation>日付 (YYYY-MM-DD) である必要があります。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a program of the template.</source>
        <translation>「%1」はテンプレートのプログラムではありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bank profile of the template.</source>
        <translation>「%1」はテンプレートの銀行プロファイルではありません。</translation>
    </message>
    <message>
        <source>only a rejected enrollment has a reason.</source>
        <translation>理由を持てるのは却下された登録だけです。</translation>
    </message>
    <message>
        <source>The template has mistakes:</source>
        <translation>テンプレートに誤りがあります:</translation>
    </message>
    <message>
        <source>A template is at most %1 MiB.</source>
        <translation>テンプレートは最大 %1 MiB です。</translation>
    </message>
    <message>
        <source>The template is not valid JSON (line %1): %2</source>
        <translation>テンプレートが有効な JSON ではありません (%1 行目): %2</translation>
    </message>
    <message>
        <source>The template must be a JSON object.</source>
        <translation>テンプレートは JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;.</source>
        <translation>「%1」である必要があります。</translation>
    </message>
    <message>
        <source>must be 1 (the version this app reads).</source>
        <translation>1 (このアプリが読めるバージョン) である必要があります。</translation>
    </message>
    <message>
        <source>must be a date and time, such as 2027-05-03T09:00:00Z.</source>
        <translation>2027-05-03T09:00:00Z のような日時である必要があります。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
    <message>
        <source>This database already holds an organization; use a new file.</source>
        <translation>このデータベースには既に組織があります。新しいファイルを使用してください。</translation>
    </message>
    <message>
        <source>%1 has no Incentives admin to do this; give the location one in users.</source>
        <translation>%1 にはこれを行うインセンティブ管理者がいません。users で場所に割り当ててください。</translation>
    </message>
    <message>
        <source>no invitation</source>
        <translation>招待なし</translation>
    </message>
    <message>
        <source>%1: %2 at %3 cannot be %4 by the rules; the services reached %5.</source>
        <translation>%1: %3 の %2 は規則上 %4 にできません。サービスの結果は %5 でした。</translation>
    </message>
    <message>
        <source>Only a demo database can be exported as a template.</source>
        <translation>テンプレートとしてエクスポートできるのはデモ データベースだけです。</translation>
    </message>
    <message>
        <source>Only a Presenter or an Account admin can export the demo as a template.</source>
        <translation>デモをテンプレートとしてエクスポートできるのは、プレゼンターまたはアカウント管理者だけです。</translation>
    </message>
    <message>
        <source>only a credit note is verified.</source>
        <translation>確認されるのはクレジットノートのみです。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tax profile of the template.</source>
        <translation>「%1」はテンプレートの税務プロファイルではありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a tax profile of another location.</source>
        <translation>「%1」は別の拠点の税務プロファイルです。</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>This database has no organization yet.</source>
        <translation>このデータベースにはまだ組織がありません。</translation>
    </message>
    <message>
        <source>No such location.</source>
        <translation>該当する拠点がありません。</translation>
    </message>
    <message>
        <source>No location has the PartnerID %1.</source>
        <translation>PartnerID が %1 の拠点はありません。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>該当するユーザーがいません。</translation>
    </message>
    <message>
        <source>No user has the email address %1.</source>
        <translation>メール アドレスが %1 のユーザーはいません。</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>This user account is deactivated.</source>
        <translation>このユーザー アカウントは無効化されています。</translation>
    </message>
    <message>
        <source>A user with the email address %1 exists already.</source>
        <translation>メール アドレス %1 のユーザーは既に存在します。</translation>
    </message>
    <message>
        <source>%1 is the last active Account admin and cannot be deactivated.</source>
        <translation>%1 は最後のアクティブなアカウント管理者であるため、無効化できません。</translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate the user first.</source>
        <translation>%1 は無効化されています。先にユーザーを再有効化してください。</translation>
    </message>
    <message>
        <source>%1 is assigned per location: give its PartnerID.</source>
        <translation>「%1」ロールは拠点ごとに割り当てます。拠点の PartnerID を指定してください。</translation>
    </message>
    <message>
        <source>%1 (%2) is the Incentives admin of %3 now. A location has one Incentives admin: replacing them removes the role from %1.</source>
        <translation>現在、%1 (%2) が %3 のインセンティブ管理者です。1 つの拠点のインセンティブ管理者は 1 人だけのため、置き換えると %1 からこのロールが削除されます。</translation>
    </message>
    <message>
        <source>%1 is the last Account admin; assign another before removing this role.</source>
        <translation>%1 は最後のアカウント管理者です。このロールを削除する前に、別のアカウント管理者を割り当ててください。</translation>
    </message>
    <message>
        <source>%1 does not hold that role there.</source>
        <translation>%1 はその拠点でそのロールを持っていません。</translation>
    </message>
    <message>
        <source>The Presenter role exists only in demo databases.</source>
        <translation>プレゼンターのロールはデモ用データベースにのみあります。</translation>
    </message>
    <message>
        <source>The %1 role covers the whole organization; give no location.</source>
        <translation>%1 のロールは組織全体が対象です。拠点は指定しないでください。</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>&apos;%1&apos; is not an eligibility criterion.</source>
        <translation>「%1」は資格条件ではありません。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>An active Microsoft AI Cloud Partner Program agreement</source>
        <translation>有効な Microsoft AI Cloud Partner Program 契約</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>expired or not signed (IVDMPA)</source>
        <translation>期限切れまたは未署名 (IVDMPA)</translation>
    </message>
    <message>
        <source>A Solutions Partner designation</source>
        <translation>Solutions Partner 指定</translation>
    </message>
    <message>
        <source>Authorized as a CSP indirect reseller</source>
        <translation>CSP 間接リセラーとして承認済み</translation>
    </message>
    <message>
        <source>A CSP direct-bill partner</source>
        <translation>CSP 直接請求パートナー</translation>
    </message>
    <message>
        <source>Trailing twelve-month revenue of at least %1</source>
        <translation>過去 12 か月の収益が %1 以上</translation>
    </message>
    <message>
        <source>At least %1 new customers in the trailing year</source>
        <translation>過去 1 年間の新規顧客が %1 社以上</translation>
    </message>
    <message>
        <source>Located in one of: %1</source>
        <translation>所在国が次のいずれか: %1</translation>
    </message>
</context>
<context>
    <name>EligibilityDialog</name>
    <message>
        <source>Eligibility requirements</source>
        <translation>資格要件</translation>
    </message>
    <message>
        <source>Eligibility checklist</source>
        <translation>資格要件のチェックリスト</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>This location</source>
        <translation>この拠点</translation>
    </message>
    <message>
        <source>Each requirement of the program, whether the location meets it, and the location&apos;s own figure</source>
        <translation>プログラムの各要件、拠点がその要件を満たしているかどうか、および拠点自身の値</translation>
    </message>
</context>
<context>
    <name>EnrollmentRules</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>プロファイルに名前を付けてください。</translation>
    </message>
    <message>
        <source>US bank accounts are paid in USD only.</source>
        <translation>米国の銀行口座への支払いは USD のみです。</translation>
    </message>
    <message>
        <source>Enter the account holder&apos;s name.</source>
        <translation>口座名義人の名前を入力してください。</translation>
    </message>
    <message>
        <source>This IBAN belongs to a bank in %1, not %2.</source>
        <translation>この IBAN は %2 ではなく %1 の銀行のものです。</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s name.</source>
        <translation>銀行名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s address.</source>
        <translation>銀行の住所を入力してください。</translation>
    </message>
    <message>
        <source>A US location files a W-9.</source>
        <translation>米国の拠点は W-9 を提出します。</translation>
    </message>
    <message>
        <source>Enter the date the form was signed.</source>
        <translation>フォームの署名日を入力してください。</translation>
    </message>
    <message>
        <source>No bank profile is chosen: set a default for this location.</source>
        <translation>銀行プロファイルが選択されていません。この拠点の既定を設定してください。</translation>
    </message>
    <message>
        <source>The bank profile &apos;%1&apos; is incomplete.</source>
        <translation>銀行プロファイル「%1」が不完全です。</translation>
    </message>
    <message>
        <source>The bank profile &apos;%1&apos; needs action: %2</source>
        <translation>銀行プロファイル「%1」に対応が必要です: %2</translation>
    </message>
    <message>
        <source>%1 pays in %2; the bank profile &apos;%3&apos; is in %4.</source>
        <translation>%1 の支払通貨は %2 ですが、銀行プロファイル「%3」の通貨は %4 です。</translation>
    </message>
    <message>
        <source>%1 does not pay by %2.</source>
        <translation>%1 では %2 による支払いは行われません。</translation>
    </message>
    <message>
        <source>This location has no tax profile.</source>
        <translation>この拠点には税務プロファイルがありません。</translation>
    </message>
    <message>
        <source>The tax profile is incomplete.</source>
        <translation>税務プロファイルが不完全です。</translation>
    </message>
    <message>
        <source>The %1 expired on %2; sign a new one.</source>
        <translation>%1 の有効期限が %2 に切れました。新しいフォームに署名してください。</translation>
    </message>
    <message>
        <source>The tax profile needs action: %1</source>
        <translation>税務プロファイルに対応が必要です: %1</translation>
    </message>
    <message>
        <source>Bank or tax details are missing.</source>
        <translation>銀行情報または税務情報が不足しています。</translation>
    </message>
    <message>
        <source>The account holder &apos;%1&apos; does not match the legal name &apos;%2&apos;.</source>
        <translation>口座名義人「%1」が法人名「%2」と一致しません。</translation>
    </message>
    <message>
        <source>%1 is not accepted for a bank account in %2.</source>
        <translation>%2 の銀行口座では %1 は受け付けられません。</translation>
    </message>
    <message>
        <source>The %1 has expired.</source>
        <translation>%1 の有効期限が切れています。</translation>
    </message>
    <message>
        <source>An Account admin must assign an Incentives admin to this location.</source>
        <translation>アカウント管理者がこの拠点にインセンティブ管理者を割り当てる必要があります。</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Update payout and tax profiles: %1</source>
        <translation>支払いプロファイルと税務プロファイルを更新してください: %1</translation>
    </message>
    <message>
        <source>Update the bank profile: %1</source>
        <translation>銀行プロファイルを更新してください: %1</translation>
    </message>
    <message>
        <source>Update the tax profile: %1</source>
        <translation>税務プロファイルを更新してください: %1</translation>
    </message>
    <message>
        <source>Complete payout and tax profiles, then Submit.</source>
        <translation>支払いプロファイルと税務プロファイルを完成させてから、[送信] を選択してください。</translation>
    </message>
    <message>
        <source>None. Validation is expected to end by %1.</source>
        <translation>なし。検証は %1 までに完了する見込みです。</translation>
    </message>
    <message>
        <source>None. Validation takes up to 48 hours.</source>
        <translation>なし。検証には最大 48 時間かかります。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>See eligibility requirements</source>
        <translation>資格要件を表示</translation>
    </message>
    <message>
        <source>Renew the partner program agreement (IVDMPA).</source>
        <translation>パートナー プログラム契約 (IVDMPA) を更新してください。</translation>
    </message>
    <message>
        <source>Meet the eligibility requirements again: %1</source>
        <translation>資格要件を再び満たしてください: %1</translation>
    </message>
    <message>
        <source>The program is closed for enrollment; wait for it to reopen.</source>
        <translation>このプログラムは登録受付を終了しています。受付が再開されるまでお待ちください。</translation>
    </message>
    <message>
        <source>The program is not open now.</source>
        <translation>このプログラムは現在受付中ではありません。</translation>
    </message>
    <message>
        <source>None. The program is no longer offered.</source>
        <translation>なし。このプログラムは提供されなくなりました。</translation>
    </message>
    <message>
        <source>Name the treaty article the claim rests on.</source>
        <translation>申告の根拠となる条約の条項を入力してください。</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs the W-8BEN.</source>
        <translation>W-8BEN に署名する人の氏名を入力してください。</translation>
    </message>
    <message>
        <source>A US citizen files a W-9, not a W-8BEN.</source>
        <translation>米国市民は W-8BEN ではなく W-9 を提出します。</translation>
    </message>
    <message>
        <source>Enter the foreign tax ID, or the reason the person has none.</source>
        <translation>外国の納税者番号、または番号がない理由を入力してください。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s date of birth.</source>
        <translation>生年月日を入力してください。</translation>
    </message>
    <message>
        <source>Enter a date of birth after 1900.</source>
        <translation>1900 年以降の生年月日を入力してください。</translation>
    </message>
    <message>
        <source>The date of birth must come before the signature date.</source>
        <translation>生年月日は署名日より前である必要があります。</translation>
    </message>
    <message>
        <source>A location outside the US files a W-8BEN-E, or a W-8BEN for an individual.</source>
        <translation>米国外の拠点は W-8BEN-E を、個人の場合は W-8BEN を提出します。</translation>
    </message>
    <message>
        <source>Enter the name of the person the bank may contact.</source>
        <translation>銀行が連絡できる担当者の名前を入力してください。</translation>
    </message>
    <message>
        <source>Credit note is not offered in %1.</source>
        <translation>%1 ではクレジット ノートは提供されていません。</translation>
    </message>
    <message>
        <source>A credit note in %1 needs no tax-exemption request.</source>
        <translation>%1 のクレジット ノートには免税の申請は不要です。</translation>
    </message>
    <message>
        <source>The CSP tenant of the credit-note profile &apos;%1&apos; needs verification by an Incentives admin of its location.</source>
        <translation>クレジット ノート プロファイル &apos;%1&apos; の CSP テナントは、その拠点のインセンティブ管理者による確認が必要です。</translation>
    </message>
    <message>
        <source>Action required: %1</source>
        <translation>対応が必要: %1</translation>
    </message>
    <message>
        <source>%1 pays in %2 only.</source>
        <translation>%1 の支払いは %2 のみです。</translation>
    </message>
    <message>
        <source>The payments are already on hold.</source>
        <translation>支払いはすでに保留中です。</translation>
    </message>
    <message>
        <source>The payments are not on hold.</source>
        <translation>支払いは保留されていません。</translation>
    </message>
    <message>
        <source>Only an accepted enrollment has payments to hold; this one is %1.</source>
        <translation>保留できる支払いがあるのは承諾済みの登録だけです。この登録は %1 です。</translation>
    </message>
    <message>
        <source>%1 pays in %2; this enrollment is paid in %3.</source>
        <translation>%1 の支払いは %2 ですが、この登録は %3 で支払われます。</translation>
    </message>
    <message>
        <source>Payment on hold</source>
        <translation>支払い保留中</translation>
    </message>
    <message>
        <source>%1 Payment on hold.</source>
        <translation>%1 支払い保留中。</translation>
    </message>
    <message>
        <source>Tax profile %1 belongs to another location; choose one of location %2&apos;s.</source>
        <translation>税務プロファイル %1 は別の拠点のものです。拠点 %2 のものを選んでください。</translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>This user account is deactivated.</source>
        <translation>このユーザー アカウントは無効化されています。</translation>
    </message>
    <message>
        <source>%1 has no invitation for location %2.</source>
        <translation>%1 には拠点 %2 への招待がありません。</translation>
    </message>
    <message>
        <source>%1 is not open for enrollment.</source>
        <translation>%1 は登録を受け付けていません。</translation>
    </message>
    <message>
        <source>Continue: complete the payout and tax profiles first. %1</source>
        <translation>続行: 先に支払いプロファイルと税務プロファイルを完成させてください。%1</translation>
    </message>
    <message>
        <source>All %L1 locations</source>
        <translation>全 %L1 拠点</translation>
    </message>
    <message>
        <source>No such message in your inbox.</source>
        <translation>受信トレイに該当するメッセージがありません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, account %2 (%3)</source>
        <translation>%1、口座 %2 (%3)</translation>
    </message>
    <message>
        <source>This action is closed already.</source>
        <translation>このアクションは既に完了しています。</translation>
    </message>
    <message>
        <source>A mandatory action cannot be dismissed; it closes once it is done.</source>
        <translation>必須のアクションは却下できません。完了すると閉じられます。</translation>
    </message>
</context>
<context>
    <name>Enrollments</name>
    <message>
        <source>No such enrollment.</source>
        <translation>該当する登録がありません。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again.</source>
        <translation>ディスクがいっぱいです。%1 は書き込まれませんでした。空き容量を確保してもう一度お試しください。</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 にファイルがありません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 はフォルダーであり、データベースファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is a device or a pipe, not a database file.</source>
        <translation>%1 はデバイスまたはパイプであり、データベースファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no database.</source>
        <translation>%1 は空です。データベースが入っていません。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 はフォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>%1 is a device or a pipe; give the name of a regular file.</source>
        <translation>%1 はデバイスまたはパイプです。通常のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>%1 is the open database itself; choose another file.</source>
        <translation>%1 は開いているデータベースそのものです。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>the new database is missing</source>
        <translation>新しいデータベースがありません</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>the new database could not be flushed to the disk</source>
        <translation>新しいデータベースをディスクに書き出せませんでした</translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation>%1 を削除できません</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 は既に存在します。別の名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>FormSupport</name>
    <message>
        <source>No country is called “%1”: type more of its name, or choose it from the list.</source>
        <translation>「%1」という国はありません。名前をもっと入力するか、一覧から選んでください。</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>未入力: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Fields still needed</source>
        <translation>未入力の項目</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更の破棄</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>変更を破棄しますか?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>Generate 1 to 1,000,000 locations and 1 to 1,000 programs.</source>
        <translation>拠点は 1～1,000,000 個、プログラムは 1～1,000 個の範囲で生成してください。</translation>
    </message>
    <message>
        <source>This database already holds an organization; use a new file.</source>
        <translation>このデータベースには既に組織が含まれています。新しいファイルを使用してください。</translation>
    </message>
    <message>
        <source>The location misses a criterion.</source>
        <translation>この拠点は条件を満たしていません。</translation>
    </message>
    <message>
        <source>Generation cancelled after %1 enrollments.</source>
        <translation>%1 件の登録を生成した時点で、生成が取り消されました。</translation>
    </message>
</context>
<context>
    <name>GettingStartedPage</name>
    <message>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Page %1</source>
        <translation>%1 ページ</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>組織: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付: %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%2 手順中 %1 手順完了</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>手順 %1 / %2</translation>
    </message>
    <message>
        <source>Not reached.</source>
        <translation>未到達です。</translation>
    </message>
    <message>
        <source>Done; no picture was taken of it.</source>
        <translation>完了しましたが、画像は撮影されていません。</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphical part of Qt.</source>
        <translation>PDF を書き込むには Qt のグラフィカル部分が必要です。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>No new invitations. Invitations you have opened stay in the Incentives workspace.</source>
        <translation>新しい招待はありません。開いた招待はインセンティブ ワークスペースに残ります。</translation>
    </message>
    <message>
        <source>Your locations</source>
        <translation>担当拠点</translation>
    </message>
    <message>
        <source>Status summary by location</source>
        <translation>拠点別の状態の概要</translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation>対応が必要な項目</translation>
    </message>
    <message>
        <source>Enrollments that need your action</source>
        <translation>対応が必要な登録</translation>
    </message>
    <message>
        <source>New enrollment invitations; press Enter on one to open it in the Incentives workspace</source>
        <translation>新しい登録への招待。招待を選んで Enter キーを押すと、インセンティブ ワークスペースで開きます</translation>
    </message>
    <message>
        <source>One row per location, one column per status, the number of enrollments in the cells</source>
        <translation>拠点ごとに 1 行、状態ごとに 1 列で、各セルに登録の数を表示します</translation>
    </message>
    <message>
        <source>Press Enter on an enrollment to select it in the Incentives workspace</source>
        <translation>登録を選んで Enter キーを押すと、インセンティブ ワークスペースでその登録が選択されます</translation>
    </message>
    <message>
        <source>Mandatory actions</source>
        <translation>必須のアクション</translation>
    </message>
    <message>
        <source>Open mandatory actions, the earliest due first; press Enter on one to go where it is done</source>
        <translation>未完了の必須アクション（期限の早い順）。Enter キーで実行する場所に移動します</translation>
    </message>
    <message>
        <source>How many invitations there are</source>
        <translation>招待の件数</translation>
    </message>
    <message>
        <source>Show &amp;all invited enrollments</source>
        <translation>招待済みの登録をすべて表示(&amp;A)</translation>
    </message>
    <message>
        <source>Show all invited enrollments</source>
        <translation>招待済みの登録をすべて表示</translation>
    </message>
    <message>
        <source>Opens the Incentives workspace filtered to the invited enrollments</source>
        <translation>招待済みの登録で絞り込んだインセンティブ ワークスペースを開きます</translation>
    </message>
</context>
<context>
    <name>HtmlPrinter</name>
    <message>
        <source>Writing a PDF needs the graphical part of Qt.</source>
        <translation>PDF を書き込むには Qt のグラフィカル部分が必要です。</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>The text of the selected message</source>
        <translation>選択したメッセージの本文</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Your actions and messages from Partner Center: open mandatory ones first, then by due date; the selected one shows below</source>
        <translation>パートナー センターからのアクションとメッセージ。未完了の必須が先、次に期限順。選択したものが下に表示されます</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Go to where this action is done</source>
        <translation>このアクションを実行する場所に移動します</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>却下(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Close this recommended action; mandatory actions close when they are done</source>
        <translation>この推奨アクションを閉じます。必須アクションは完了すると閉じられます</translation>
    </message>
    <message>
        <source>Nothing here yet. Invitations, validation outcomes, tax-form reminders, renewal outcomes and role changes arrive here.</source>
        <translation>まだ何もありません。招待、検証結果、税務フォームのリマインダー、更新結果、ロール変更がここに届きます。</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Partner incentive enrollment</source>
        <translation>パートナー インセンティブの登録</translation>
    </message>
    <message>
        <source>Payout (bank) profile</source>
        <translation>支払い (銀行) プロファイル</translation>
    </message>
    <message>
        <source>&amp;Bank profile:</source>
        <translation>銀行プロファイル(&amp;B):</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>銀行プロファイル</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>税務プロファイル</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>フォーム:</translation>
    </message>
    <message>
        <source>I have read the program guide and accept the program &amp;terms for this location.</source>
        <translation>プログラム ガイドを読み、この拠点のプログラム条件(&amp;T)に同意します。</translation>
    </message>
    <message>
        <source>The bank account Microsoft pays this program&apos;s incentives to</source>
        <translation>Microsoft がこのプログラムのインセンティブを支払う銀行口座</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Incentives Desk</source>
        <translation>Incentives Desk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メイン ツール バー</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>ユーザーの切り替え(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>ホーム(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Incentives &amp;workspace</source>
        <translation>インセンティブ ワークスペース(&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Payout and tax profiles</source>
        <translation>支払いプロファイルと税務プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Users and roles</source>
        <translation>ユーザーとロール(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>監査ログ(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;My access</source>
        <translation>自分のアクセス権(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>By &amp;program</source>
        <translation>プログラム別(&amp;P)</translation>
    </message>
    <message>
        <source>List the workspace program by program</source>
        <translation>ワークスペースをプログラムごとに一覧表示します</translation>
    </message>
    <message>
        <source>By &amp;location</source>
        <translation>拠点別(&amp;L)</translation>
    </message>
    <message>
        <source>List the workspace location by location</source>
        <translation>ワークスペースを拠点ごとに一覧表示します</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Search the workspace (Ctrl+F)</source>
        <translation>ワークスペースを検索します (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload from the database (F5)</source>
        <translation>データベースから再読み込みします (F5)</translation>
    </message>
    <message>
        <source>&amp;About Incentives Desk</source>
        <translation>Incentives Desk のバージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>データベースのチェック(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open a database file…</source>
        <translation>データベース ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Co&amp;nnect to a shared database…</source>
        <translation>共有データベースに接続(&amp;N)…</translation>
    </message>
    <message>
        <source>Work on a PostgreSQL database shared with your team</source>
        <translation>チームで共有している PostgreSQL データベースで作業します</translation>
    </message>
    <message>
        <source>&amp;Export workspace…</source>
        <translation>ワークスペースをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the workspace as it is filtered and sorted to a CSV file (Ctrl+E)</source>
        <translation>現在のフィルターと並べ替えのままワークスペースを CSV ファイルに保存します (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Location su&amp;mmary…</source>
        <translation>拠点の概要(&amp;M)…</translation>
    </message>
    <message>
        <source>Print or save as PDF a location&apos;s enrollments and profiles</source>
        <translation>拠点の登録とプロファイルを印刷するか、PDF として保存します</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>はじめに(&amp;G)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Action Center</source>
        <translation>アクション センター(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Renewal forecast</source>
        <translation>更新予測(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
</context>
<context>
    <name>MaintenanceService</name>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>デモツールはデモ用データベースでのみ使えます。</translation>
    </message>
    <message>
        <source>This database asks for passwords: only one of its Account admins can replace it. Say who acts with --as.</source>
        <translation>このデータベースはパスワードを要求します。置き換えられるのはそのアカウント管理者だけです。--as で誰が操作するかを指定してください。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>スキーマ バージョンを読み取れません。</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>データベースをバージョン %1 にアップグレードできませんでした: %2</translation>
    </message>
    <message>
        <source>Cannot build the reference schema.</source>
        <translation>参照スキーマを作成できません。</translation>
    </message>
    <message>
        <source>The %1 %2 is missing.</source>
        <translation>%1 %2 がありません。</translation>
    </message>
    <message>
        <source>The %1 %2 was altered.</source>
        <translation>%1 %2 が変更されています。</translation>
    </message>
    <message>
        <source>The %1 %2 does not belong to the schema.</source>
        <translation>%1 %2 はスキーマに含まれません。</translation>
    </message>
</context>
<context>
    <name>MyAccessPage</name>
    <message>
        <source>Your roles</source>
        <translation>自分のロール</translation>
    </message>
    <message>
        <source>Your roles by location</source>
        <translation>拠点別の自分のロール</translation>
    </message>
    <message>
        <source>For more access, ask an Account admin:</source>
        <translation>さらにアクセス権が必要な場合は、アカウント管理者に依頼してください:</translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation>アカウント管理者</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>The program is not open for enrollment now.</source>
        <translation>このプログラムは現在登録を受け付けていません。</translation>
    </message>
    <message>
        <source>An Account admin must assign an Incentives admin to this location.</source>
        <translation>アカウント管理者がこの拠点にインセンティブ管理者を割り当てる必要があります。</translation>
    </message>
    <message>
        <source>Nothing can be enrolled here until the program or the location is active again.</source>
        <translation>プログラムまたは拠点が再び有効になるまで、ここでは登録できません。</translation>
    </message>
    <message>
        <source>This enrollment is %1: there is nothing to enroll.</source>
        <translation>この登録は %1 です。登録することはありません。</translation>
    </message>
</context>
<context>
    <name>NoAccessPage</name>
    <message>
        <source>You don&apos;t have an incentives role yet. To see or enroll incentive programs, ask one of your organization&apos;s Account admins to assign you the Incentives admin or Incentives user role for your location.</source>
        <translation>インセンティブのロールがまだ割り当てられていません。インセンティブ プログラムを表示または登録するには、組織のアカウント管理者に、担当拠点のインセンティブ管理者ロールまたはインセンティブ ユーザー ロールを割り当てるよう依頼してください。</translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation>アカウント管理者</translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Revenue cannot be negative.</source>
        <translation>売上高を負にすることはできません。</translation>
    </message>
    <message>
        <source>The number of new customers cannot be negative.</source>
        <translation>新規顧客数を負にすることはできません。</translation>
    </message>
    <message>
        <source>A location with the PartnerID %1 exists already.</source>
        <translation>PartnerID %1 の拠点はすでに存在します。</translation>
    </message>
    <message>
        <source>Name at least one payout currency.</source>
        <translation>支払い通貨を少なくとも 1 つ指定してください。</translation>
    </message>
    <message>
        <source>A program open to all has no eligibility criteria.</source>
        <translation>全員に開かれたプログラムには参加資格の条件がありません。</translation>
    </message>
    <message>
        <source>A program named &apos;%1&apos; exists already.</source>
        <translation>「%1」という名前のプログラムはすでに存在します。</translation>
    </message>
    <message>
        <source>%1 is %2: it takes no new invitations.</source>
        <translation>%1 は %2 です。新しい招待は受け付けません。</translation>
    </message>
    <message>
        <source>%1 at %2 has its invitation already: it is %3.</source>
        <translation>%2 の %1 にはすでに招待があります (状態: %3)。</translation>
    </message>
    <message>
        <source>Give the reason Partner Center shows for the rejection.</source>
        <translation>パートナー センターに表示される却下理由を入力してください。</translation>
    </message>
    <message>
        <source>%1 has no enrollment at %2.</source>
        <translation>%1 には %2 での登録がありません。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>ファイルが %1 MiB を超えています。</translation>
    </message>
    <message>
        <source>The file is empty: its first line names the columns (%1).</source>
        <translation>ファイルが空です。1 行目に列名 (%1) を書いてください。</translation>
    </message>
    <message>
        <source>Line 1: &apos;%1&apos; is not a column of this import; the columns are %2.</source>
        <translation>1 行目: 「%1」はこのインポートの列ではありません。列は %2 です。</translation>
    </message>
    <message>
        <source>Line 1: the column %1 appears twice.</source>
        <translation>1 行目: 列 %1 が 2 回あります。</translation>
    </message>
    <message>
        <source>Line 1: the column %1 is missing; the file needs %2.</source>
        <translation>1 行目: 列 %1 がありません。必要な列は %2 です。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>ファイルの行数が %1 を超えています。</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>フィールドが %1 個ありますが、見出しは %2 個です。</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>%1 文字を超えるフィールドがあります。</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>ファイルに見出しはありますが、行がありません。</translation>
    </message>
    <message>
        <source>agreement is active or expired.</source>
        <translation>agreement は active または expired です。</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1 は yes または no です。</translation>
    </message>
    <message>
        <source>revenue_usd and customers are whole numbers, zero or more.</source>
        <translation>revenue_usd と customers は 0 以上の整数です。</translation>
    </message>
    <message>
        <source>the PartnerID %1 is on line %2 already.</source>
        <translation>PartnerID %1 はすでに %2 行目にあります。</translation>
    </message>
    <message>
        <source>a location with the PartnerID %1 exists already.</source>
        <translation>PartnerID %1 の拠点はすでに存在します。</translation>
    </message>
    <message>
        <source>%1 is on line %2 already.</source>
        <translation>%1 はすでに %2 行目にあります。</translation>
    </message>
    <message>
        <source>a user with the email address %1 exists already.</source>
        <translation>メール アドレス %1 のユーザーはすでに存在します。</translation>
    </message>
    <message>
        <source>a location is given without a role.</source>
        <translation>ロールなしで拠点が指定されています。</translation>
    </message>
    <message>
        <source>role is account-admin, incentives-admin or incentives-user.</source>
        <translation>role は account-admin、incentives-admin、incentives-user のいずれかです。</translation>
    </message>
    <message>
        <source>an Account admin covers the whole organization; give no location.</source>
        <translation>アカウント管理者は組織全体が対象です。拠点は指定しないでください。</translation>
    </message>
    <message>
        <source>%1 is assigned per location: give its PartnerID.</source>
        <translation>%1 は拠点ごとに割り当てます。その PartnerID を指定してください。</translation>
    </message>
    <message>
        <source>%1 has one Incentives admin; line %2 names one already.</source>
        <translation>%1 のインセンティブ管理者は 1 人です。%2 行目ですでに指定されています。</translation>
    </message>
    <message>
        <source>%1 has an Incentives admin already: %2.</source>
        <translation>%1 にはすでにインセンティブ管理者がいます: %2。</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>ファイルにインポートする行がありません。</translation>
    </message>
    <message>
        <source>Nothing was imported (problems: %1). %2</source>
        <translation>何もインポートされませんでした (問題: %1 件)。%2</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>パスワードを保護するためのメモリが不足しています。</translation>
    </message>
</context>
<context>
    <name>PresenterPage</name>
    <message>
        <source>Demo clock</source>
        <translation>デモ時計</translation>
    </message>
    <message>
        <source>+1 &amp;hour</source>
        <translation>+1 時間(&amp;H)</translation>
    </message>
    <message>
        <source>+1 &amp;day</source>
        <translation>+1 日(&amp;D)</translation>
    </message>
    <message>
        <source>+&amp;48 hours</source>
        <translation>+48 時間(&amp;4)</translation>
    </message>
    <message>
        <source>To &amp;fiscal-year end</source>
        <translation>会計年度末へ(&amp;F)</translation>
    </message>
    <message>
        <source>Set the demo clock to</source>
        <translation>デモ時計の設定日時</translation>
    </message>
    <message>
        <source>&amp;Set clock</source>
        <translation>時計を設定(&amp;S)</translation>
    </message>
    <message>
        <source>Validations waiting for Microsoft</source>
        <translation>Microsoft の判断を待っている検証</translation>
    </message>
    <message>
        <source>Pending validations</source>
        <translation>保留中の検証</translation>
    </message>
    <message>
        <source>Reason for a rejection</source>
        <translation>却下の理由</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>却下の理由</translation>
    </message>
    <message>
        <source>&amp;Approve now</source>
        <translation>今すぐ承認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>却下(&amp;R)…</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>プログラム(&amp;G):</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>&amp;Close for enrollment</source>
        <translation>登録受付を終了(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>受付を再開(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;iscontinue…</source>
        <translation>提供終了(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;New program:</source>
        <translation>新しいプログラム(&amp;N):</translation>
    </message>
    <message>
        <source>New program name</source>
        <translation>新しいプログラムの名前</translation>
    </message>
    <message>
        <source>C&amp;urrencies:</source>
        <translation>通貨(&amp;U):</translation>
    </message>
    <message>
        <source>Payout currencies</source>
        <translation>支払通貨</translation>
    </message>
    <message>
        <source>Cri&amp;teria:</source>
        <translation>条件(&amp;T):</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>資格条件</translation>
    </message>
    <message>
        <source>Open to all (no criteria, no email)</source>
        <translation>全員が対象 (条件なし、メールなし)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>公開(&amp;P)</translation>
    </message>
    <message>
        <source>What eligibility is judged on</source>
        <translation>資格判定の基準となるデータ</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>拠点(&amp;L):</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Active partner program a&amp;greement</source>
        <translation>有効なパートナー プログラム契約(&amp;G)</translation>
    </message>
    <message>
        <source>Solutions Partner designation</source>
        <translation>Solutions Partner 指定</translation>
    </message>
    <message>
        <source>CSP indirect reseller</source>
        <translation>CSP 間接リセラー</translation>
    </message>
    <message>
        <source>CSP direct-bill partner</source>
        <translation>CSP 直接請求パートナー</translation>
    </message>
    <message>
        <source>Re&amp;venue (USD):</source>
        <translation>収益 (USD)(&amp;V):</translation>
    </message>
    <message>
        <source>Trailing revenue in US dollars</source>
        <translation>過去 12 か月の収益 (米ドル)</translation>
    </message>
    <message>
        <source>New c&amp;ustomers:</source>
        <translation>新規顧客数(&amp;U):</translation>
    </message>
    <message>
        <source>New customers in the trailing year</source>
        <translation>過去 1 年間の新規顧客数</translation>
    </message>
    <message>
        <source>Save and &amp;judge eligibility</source>
        <translation>保存して資格を判定(&amp;J)</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation>スナップショット名</translation>
    </message>
    <message>
        <source>Sa&amp;ve snapshot</source>
        <translation>スナップショットを保存(&amp;V)</translation>
    </message>
    <message>
        <source>Saved snapshots</source>
        <translation>保存済みのスナップショット</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>読み込み(&amp;L)…</translation>
    </message>
    <message>
        <source>R&amp;eset demo…</source>
        <translation>デモをリセット(&amp;E)…</translation>
    </message>
    <message>
        <source>Presenter tools</source>
        <translation>プレゼンター ツール</translation>
    </message>
    <message>
        <source>Move the demo clock one hour forward; what came due on Microsoft&apos;s side happens</source>
        <translation>デモ時計を 1 時間進めます。期限が来た Microsoft 側の処理が実行されます</translation>
    </message>
    <message>
        <source>Move the demo clock one day forward; what came due on Microsoft&apos;s side happens</source>
        <translation>デモ時計を 1 日進めます。期限が来た Microsoft 側の処理が実行されます</translation>
    </message>
    <message>
        <source>Move the demo clock 48 hours forward: every validation under way ends</source>
        <translation>デモ時計を 48 時間進めます。進行中のすべての検証が完了します</translation>
    </message>
    <message>
        <source>Move the demo clock to the start of the next fiscal year: enrollments renew or become inactive</source>
        <translation>デモ時計を次の会計年度の開始時点まで進めます。登録は更新されるか、非アクティブになります</translation>
    </message>
    <message>
        <source>A date and time in UTC, year-month-day hours:minutes, no earlier than now</source>
        <translation>UTC の日時 (年-月-日 時:分)。現在より前の日時は指定できません</translation>
    </message>
    <message>
        <source>The program that Close, Reopen and Discontinue act on</source>
        <translation>[登録受付を終了]、[受付を再開]、[提供終了] の対象となるプログラム</translation>
    </message>
    <message>
        <source>Every enrollment in the program becomes Discontinued, for good; asks first</source>
        <translation>プログラムのすべての登録が「提供終了」になり、元に戻せません。実行前に確認します</translation>
    </message>
    <message>
        <source>Currency codes separated by commas</source>
        <translation>コンマ区切りの通貨コード</translation>
    </message>
    <message>
        <source>Requirements separated by semicolons, for example agreement;solutions-partner;revenue&gt;=100000</source>
        <translation>セミコロン区切りの要件 (例: agreement;solutions-partner;revenue&gt;=100000)</translation>
    </message>
    <message>
        <source>Publish the new program; Microsoft judges every location&apos;s eligibility and sends the invitations</source>
        <translation>新しいプログラムを公開します。Microsoft がすべての拠点の資格を判定し、招待を送信します</translation>
    </message>
    <message>
        <source>Enrollments under validation and when each is due; Approve and Reject act on the selected one</source>
        <translation>検証中の登録とそれぞれの期限。[今すぐ承認] と [却下] は選択した登録に対して実行されます</translation>
    </message>
    <message>
        <source>What Microsoft tells the Incentives admin when the selected validation is rejected</source>
        <translation>選択した検証を却下したときに Microsoft がインセンティブ管理者に伝える内容</translation>
    </message>
    <message>
        <source>Reject the selected validation with the reason above</source>
        <translation>上記の理由で、選択した検証を却下します</translation>
    </message>
    <message>
        <source>The location whose attributes show below</source>
        <translation>下に属性を表示する拠点</translation>
    </message>
    <message>
        <source>Save the demo as it is now under the name typed before</source>
        <translation>現在のデモの状態を、前に入力した名前で保存します</translation>
    </message>
    <message>
        <source>Replace the demo with the chosen snapshot; asks first</source>
        <translation>デモを選択したスナップショットで置き換えます。実行前に確認します</translation>
    </message>
    <message>
        <source>Go back to the shipped demo data; asks first</source>
        <translation>出荷時のデモ データに戻します。実行前に確認します</translation>
    </message>
    <message>
        <source>Find a pending validation</source>
        <translation>保留中の検証を検索</translation>
    </message>
    <message>
        <source>Find by program, PartnerID or location</source>
        <translation>プログラム、PartnerID、拠点で検索</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>On a shared PostgreSQL database: a sandbox organization for each trainee, and their progress live.</source>
        <translation>共有 PostgreSQL データベース上で、受講者ごとのサンドボックス組織と進捗をリアルタイムで表示します。</translation>
    </message>
    <message>
        <source>Class &amp;dashboard…</source>
        <translation>クラスのダッシュボード(&amp;D)…</translation>
    </message>
    <message>
        <source>Class dashboard</source>
        <translation>クラスのダッシュボード</translation>
    </message>
    <message>
        <source>Create trainees&apos; sandboxes, follow their progress and reset one</source>
        <translation>受講者のサンドボックスを作成し、進捗を追い、1 つをリセットします</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>There is no document %1.</source>
        <translation>書類 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>You have no incentives role. Ask an Account admin for access.</source>
        <translation>インセンティブのロールがありません。アカウント管理者にアクセス権を依頼してください。</translation>
    </message>
    <message>
        <source>There is no bank profile named &apos;%1&apos;.</source>
        <translation>「%1」という名前の銀行プロファイルはありません。</translation>
    </message>
    <message>
        <source>A bank profile named &apos;%1&apos; exists already.</source>
        <translation>「%1」という名前の銀行プロファイルは既に存在します。</translation>
    </message>
    <message>
        <source>The signature date cannot be in the future.</source>
        <translation>署名日に将来の日付は指定できません。</translation>
    </message>
    <message>
        <source>A %1 signed on %2 expired on %3; sign a new one.</source>
        <translation>%2 に署名された %1 は %3 に有効期限が切れています。新しいフォームに署名してください。</translation>
    </message>
    <message>
        <source>Say which of your locations this bank profile is for.</source>
        <translation>この銀行プロファイルがどの拠点のものかを指定してください。</translation>
    </message>
    <message>
        <source>Credit note is not offered in the country of %1; choose bank transfer.</source>
        <translation>%1 の国ではクレジット ノートは提供されていません。銀行振込を選んでください。</translation>
    </message>
    <message>
        <source>A credit-note profile is in the country of its location (%1).</source>
        <translation>クレジット ノート プロファイルは拠点の国 (%1) のものです。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; pays by bank transfer; only a credit-note profile has a tenant to verify.</source>
        <translation>&apos;%1&apos; は銀行振込で支払います。確認するテナントがあるのはクレジット ノート プロファイルだけです。</translation>
    </message>
    <message>
        <source>Only an Incentives admin of the location the profile &apos;%1&apos; was created for verifies its CSP tenant.</source>
        <translation>プロファイル &apos;%1&apos; の CSP テナントを確認できるのは、作成先の拠点のインセンティブ管理者だけです。</translation>
    </message>
    <message>
        <source>The CSP tenant of &apos;%1&apos; is confirmed already.</source>
        <translation>&apos;%1&apos; の CSP テナントは確認済みです。</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>No such bank profile.</source>
        <translation>該当する銀行プロファイルがありません。</translation>
    </message>
    <message>
        <source>There is no bank profile named &apos;%1&apos;.</source>
        <translation>「%1」という名前の銀行プロファイルはありません。</translation>
    </message>
    <message>
        <source>There is no tax profile %1.</source>
        <translation>税務プロファイル %1 はありません。</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Bank profiles of the organization</source>
        <translation>組織の銀行プロファイル</translation>
    </message>
    <message>
        <source>Bank profiles</source>
        <translation>銀行プロファイル</translation>
    </message>
    <message>
        <source>&amp;Add bank profile…</source>
        <translation>銀行プロファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Make default for the location</source>
        <translation>拠点の既定に設定(&amp;M)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>拠点(&amp;L):</translation>
    </message>
    <message>
        <source>Default bank profile:</source>
        <translation>既定の銀行プロファイル:</translation>
    </message>
    <message>
        <source>Tax profile:</source>
        <translation>税務プロファイル:</translation>
    </message>
    <message>
        <source>Edit &amp;tax profile…</source>
        <translation>税務プロファイルを編集(&amp;T)…</translation>
    </message>
    <message>
        <source>The organization&apos;s bank profiles and their validation status; press Enter to edit the selected one</source>
        <translation>組織の銀行プロファイルとその検証状態。Enter キーを押すと、選択したプロファイルを編集します</translation>
    </message>
    <message>
        <source>The location whose default bank profile and tax profile show below</source>
        <translation>下に既定の銀行プロファイルと税務プロファイルを表示する拠点</translation>
    </message>
    <message>
        <source>Search bank profiles by name</source>
        <translation>銀行プロファイルを名前で検索</translation>
    </message>
    <message>
        <source>Search bank profiles</source>
        <translation>銀行プロファイルを検索</translation>
    </message>
</context>
<context>
    <name>ProgramGuide</name>
    <message>
        <source>About this program</source>
        <translation>このプログラムについて</translation>
    </message>
    <message>
        <source>%1 is an incentive program of Microsoft Partner Center for fiscal year %2, from %3 to %4.</source>
        <translation>%1 は Microsoft パートナー センターの %2 会計年度（%3 から %4 まで）のインセンティブ プログラムです。</translation>
    </message>
    <message>
        <source>It is open for enrollment.</source>
        <translation>登録を受け付けています。</translation>
    </message>
    <message>
        <source>It is closed for enrollment: invitations not yet enrolled wait until it opens again.</source>
        <translation>登録は締め切られています。まだ登録されていない招待は、再開されるまで待機します。</translation>
    </message>
    <message>
        <source>It is no longer offered; its enrollments are discontinued.</source>
        <translation>このプログラムは提供を終了しました。登録は終了しています。</translation>
    </message>
    <message>
        <source>Who is eligible</source>
        <translation>対象となる拠点</translation>
    </message>
    <message>
        <source>Every location may enroll: the program is open to all. It sends no invitation email; it shows in the Incentives workspace of the users who hold a role for the location.</source>
        <translation>すべての拠点が登録できます。このプログラムは誰でも参加できます。招待メールは送られず、その拠点のロールを持つユーザーのインセンティブ ワークスペースに表示されます。</translation>
    </message>
    <message>
        <source>Microsoft invites the locations it chooses; the invitation reaches the location&apos;s Incentives admin by email.</source>
        <translation>Microsoft が選んだ拠点を招待します。招待は拠点のインセンティブ管理者にメールで届きます。</translation>
    </message>
    <message>
        <source>A location is invited when it meets every one of these criteria; the invitation reaches its Incentives admin by email:</source>
        <translation>次の条件をすべて満たす拠点が招待されます。招待は拠点のインセンティブ管理者にメールで届きます。</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Payouts are made in %1, by %2, to the bank profile of the enrollment; the account holder must be the location&apos;s legal entity.</source>
        <translation>支払いは %1 で、%2 により、登録の銀行プロファイルに行われます。口座名義人は拠点の法人である必要があります。</translation>
    </message>
    <message>
        <source>How to enroll</source>
        <translation>登録の方法</translation>
    </message>
    <message>
        <source>The location&apos;s Incentives admin selects Get Started in the invitation email, or Enroll in the Incentives workspace.</source>
        <translation>拠点のインセンティブ管理者が、招待メールの「開始する」、またはインセンティブ ワークスペースの「登録」を選びます。</translation>
    </message>
    <message>
        <source>The invitation shows the location&apos;s default bank profile and its tax profile; another of the location&apos;s bank profiles may be chosen.</source>
        <translation>招待には拠点の既定の銀行プロファイルと税務プロファイルが表示されます。拠点の別の銀行プロファイルを選ぶこともできます。</translation>
    </message>
    <message>
        <source>When everything the program needs is on file, Submit sends it for validation; otherwise Continue opens the payout and tax profiles with what is missing.</source>
        <translation>プログラムに必要な情報がそろっていれば「送信」で検証に送られます。そうでなければ「続行」で、不足している項目とともに支払いと税務のプロファイルが開きます。</translation>
    </message>
    <message>
        <source>Microsoft validates the details within 48 hours: the enrollment is then Enrolled, or Enrolling with what to correct.</source>
        <translation>Microsoft は 48 時間以内に情報を検証します。登録は「登録済み」になるか、修正すべき内容とともに「登録中」になります。</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>The enrollment expires on %1, at the end of the fiscal year. It renews into the next fiscal year by itself when the location is still eligible, its partner program agreement is active, and its payout and tax details are complete and valid.</source>
        <translation>登録は会計年度末の %1 に期限切れとなります。拠点が引き続き対象であり、パートナー プログラム契約が有効で、支払いと税務の情報が完全かつ有効であれば、次の会計年度へ自動的に更新されます。</translation>
    </message>
    <message>
        <source>The terms you accept</source>
        <translation>同意する条件</translation>
    </message>
    <message>
        <source>By enrolling a location in %1 you confirm that:</source>
        <translation>拠点を %1 に登録することで、次のことを確認します。</translation>
    </message>
    <message>
        <source>you are the location&apos;s Incentives admin and may act for it;</source>
        <translation>あなたはその拠点のインセンティブ管理者であり、拠点のために操作できること。</translation>
    </message>
    <message>
        <source>the payout and tax details on file are accurate and belong to the location&apos;s legal entity;</source>
        <translation>登録されている支払いと税務の情報が正確で、拠点の法人のものであること。</translation>
    </message>
    <message>
        <source>Microsoft may validate these details, and payouts wait while any of them needs action;</source>
        <translation>Microsoft がこれらの情報を検証でき、いずれかに対応が必要な間は支払いが保留されること。</translation>
    </message>
    <message>
        <source>the enrollment ends with the fiscal year unless it renews, and when the program is discontinued.</source>
        <translation>登録は更新されない限り会計年度の終わりに、またプログラムの提供が終了したときに終了すること。</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <source>No such program.</source>
        <translation>該当するプログラムがありません。</translation>
    </message>
    <message>
        <source>There is no program named &apos;%1&apos;.</source>
        <translation>「%1」という名前のプログラムはありません。</translation>
    </message>
</context>
<context>
    <name>Renewal</name>
    <message>
        <source>The partner program agreement is not active (IVDMPA).</source>
        <translation>パートナー プログラム契約が有効ではありません (IVDMPA)。</translation>
    </message>
    <message>
        <source>Payout and tax profiles must be validated again.</source>
        <translation>支払いプロファイルと税務プロファイルを再度検証する必要があります。</translation>
    </message>
    <message>
        <source>None: the program is not open for the new year.</source>
        <translation>なし: このプログラムは新しい年度には開かれていません。</translation>
    </message>
    <message>
        <source>Renew the partner program agreement (IVDMPA).</source>
        <translation>パートナー プログラム契約 (IVDMPA) を更新してください。</translation>
    </message>
    <message>
        <source>Meet the eligibility requirements again: %1</source>
        <translation>資格要件を再び満たしてください: %1</translation>
    </message>
    <message>
        <source>Sign a new tax form before the year ends: %1</source>
        <translation>年度末までに新しい税務フォームに署名してください: %1</translation>
    </message>
    <message>
        <source>Update the payout and tax profiles: %1</source>
        <translation>支払いプロファイルと税務プロファイルを更新してください: %1</translation>
    </message>
    <message>
        <source>The program is not open for the new year</source>
        <translation>プログラムが新年度に公開されていません</translation>
    </message>
    <message>
        <source>Partner program agreement</source>
        <translation>パートナー プログラム契約</translation>
    </message>
    <message>
        <source>Eligibility requirements</source>
        <translation>資格要件</translation>
    </message>
    <message>
        <source>Payout and tax details</source>
        <translation>支払いと税務の詳細</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Assign a role</source>
        <translation>ロールの割り当て</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メール アドレス</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ロール(&amp;R):</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>拠点(&amp;L):</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>The address the user signs in with</source>
        <translation>ユーザーがサインインに使用するアドレス</translation>
    </message>
    <message>
        <source>The location the role is for; an Account admin&apos;s role covers the whole organization</source>
        <translation>ロールの対象となる拠点。アカウント管理者のロールは組織全体が対象です</translation>
    </message>
</context>
<context>
    <name>Sandboxes</name>
    <message>
        <source>There is no sandbox %1.</source>
        <translation>サンドボックス %1 はありません。</translation>
    </message>
    <message>
        <source>There is no sandbox %1 in this database.</source>
        <translation>このデータベースにサンドボックス %1 はありません。</translation>
    </message>
    <message>
        <source>The server refuses the login %1 access to the sandbox %2.</source>
        <translation>サーバーはログイン %1 によるサンドボックス %2 へのアクセスを拒否しています。</translation>
    </message>
    <message>
        <source>%1 cannot name a trainee&apos;s login.</source>
        <translation>%1 は受講者のログイン名にできません。</translation>
    </message>
    <message>
        <source>There is a sandbox %1 already: reset it, or choose another trainee.</source>
        <translation>サンドボックス %1 はすでにあります。リセットするか、別の受講者を選んでください。</translation>
    </message>
    <message>
        <source>The login %1 has administrator rights and cannot be a trainee&apos;s.</source>
        <translation>ログイン %1 には管理者権限があるため、受講者用にはできません。</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>unknown key &apos;%1&apos; (known: %2)</source>
        <translation>不明なキー &apos;%1&apos; (既知: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; はテキストである必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PartnerID (7 digits)</source>
        <translation>&apos;%1&apos; は PartnerID (7 桁) ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>&apos;%1&apos; はメール アドレスではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; は true または false である必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>&apos;%1&apos; は整数である必要があります</translation>
    </message>
    <message>
        <source>unknown reason &apos;%1&apos; (known: %2)</source>
        <translation>不明な理由 &apos;%1&apos; (既知: %2)</translation>
    </message>
    <message>
        <source>&apos;in&apos; must be a list of at least one status</source>
        <translation>&apos;in&apos; は 1 つ以上の状態のリストである必要があります</translation>
    </message>
    <message>
        <source>a status must be text</source>
        <translation>状態はテキストである必要があります</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (known: %2)</source>
        <translation>不明な状態 &apos;%1&apos; (既知: %2)</translation>
    </message>
    <message>
        <source>give exactly one of &apos;user&apos; and &apos;adminOf&apos;</source>
        <translation>&apos;user&apos; と &apos;adminOf&apos; のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>give both &apos;program&apos; and &apos;location&apos;, or neither</source>
        <translation>&apos;program&apos; と &apos;location&apos; は両方指定するか、どちらも指定しないでください</translation>
    </message>
    <message>
        <source>unknown message kind &apos;%1&apos; (known: %2)</source>
        <translation>不明なメッセージの種類 &apos;%1&apos; (既知: %2)</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (known: %2)</source>
        <translation>不明なロール &apos;%1&apos; (既知: %2)</translation>
    </message>
    <message>
        <source>the role %1 covers the whole organization: it takes no location</source>
        <translation>ロール %1 は組織全体が対象です。場所は指定できません</translation>
    </message>
    <message>
        <source>unknown profile kind &apos;%1&apos; (known: %2)</source>
        <translation>不明なプロファイルの種類 &apos;%1&apos; (既知: %2)</translation>
    </message>
    <message>
        <source>unknown profile status &apos;%1&apos; (known: %2)</source>
        <translation>不明なプロファイルの状態 &apos;%1&apos; (既知: %2)</translation>
    </message>
    <message>
        <source>a bank profile condition needs &apos;name&apos; or &apos;location&apos;</source>
        <translation>銀行プロファイルの条件には &apos;name&apos; または &apos;location&apos; が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to bank profiles only</source>
        <translation>&apos;%1&apos; は銀行プロファイルにのみ使えます</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (e.g. 2026-07-01T00:00:00Z)</source>
        <translation>&apos;%1&apos; は日時ではありません (例: 2026-07-01T00:00:00Z)</translation>
    </message>
    <message>
        <source>clockPast takes a date and time, or {&quot;sinceStart&quot;: a duration such as &quot;48h&quot;}</source>
        <translation>clockPast には日時、または {&quot;sinceStart&quot;: &quot;48h&quot; のような期間} を指定します</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 48h, 2d, 1w)</source>
        <translation>&apos;%1&apos; は期間ではありません (例: 48h、2d、1w)</translation>
    </message>
    <message>
        <source>a condition is an object with one key, its kind (%1)</source>
        <translation>条件は、種類を表すキーを 1 つだけ持つオブジェクトです (%1)</translation>
    </message>
    <message>
        <source>unknown condition kind &apos;%1&apos; (known: %2)</source>
        <translation>不明な条件の種類 &apos;%1&apos; (既知: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a list of at least one condition</source>
        <translation>&apos;%1&apos; には 1 つ以上の条件のリストを指定します</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes an object</source>
        <translation>&apos;%1&apos; にはオブジェクトを指定します</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object</source>
        <translation>&apos;%1&apos; はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: lower-case letters, digits and hyphens</source>
        <translation>&apos;%1&apos; は有効な ID ではありません: 小文字、数字、ハイフンを使います</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;%1&quot;</source>
        <translation>&apos;format&apos; は &quot;%1&quot; である必要があります</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be a whole number</source>
        <translation>&apos;version&apos; は整数である必要があります</translation>
    </message>
    <message>
        <source>the file is written in version %1 of the format; this app reads version %2</source>
        <translation>このファイルは形式のバージョン %1 で書かれています。このアプリが読めるのはバージョン %2 です</translation>
    </message>
    <message>
        <source>&apos;chapters&apos; must be a list of at least one chapter</source>
        <translation>&apos;chapters&apos; は 1 つ以上の章のリストである必要があります</translation>
    </message>
    <message>
        <source>a chapter must be an object</source>
        <translation>章はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>duplicate chapter id &apos;%1&apos;</source>
        <translation>章 ID &apos;%1&apos; が重複しています</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a list of at least one step</source>
        <translation>&apos;steps&apos; は 1 つ以上のステップのリストである必要があります</translation>
    </message>
    <message>
        <source>a step must be an object</source>
        <translation>ステップはオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an objectName: letters, digits and underscores, not starting with a digit</source>
        <translation>&apos;%1&apos; は objectName ではありません: 英字、数字、アンダースコアを使い、数字で始めません</translation>
    </message>
    <message>
        <source>duplicate step id &apos;%1&apos;</source>
        <translation>ステップ ID &apos;%1&apos; が重複しています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (e.g. de, pt_BR)</source>
        <translation>&apos;%1&apos; は言語コードではありません (例: de、pt_BR)</translation>
    </message>
    <message>
        <source>a language variant must be an object</source>
        <translation>言語バリアントはオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>no chapter has the id &apos;%1&apos;</source>
        <translation>ID &apos;%1&apos; の章はありません</translation>
    </message>
    <message>
        <source>a chapter&apos;s title must be text</source>
        <translation>章のタイトルはテキストである必要があります</translation>
    </message>
    <message>
        <source>no step has the id &apos;%1&apos;</source>
        <translation>ID &apos;%1&apos; のステップはありません</translation>
    </message>
    <message>
        <source>a step&apos;s texts must be an object</source>
        <translation>ステップのテキストはオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB: not a scenario</source>
        <translation>ファイルが %1 KiB を超えています: シナリオではありません</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels: not a scenario</source>
        <translation>%1 階層より深く入れ子になっています: シナリオではありません</translation>
    </message>
    <message>
        <source>a scenario file holds one JSON object</source>
        <translation>シナリオ ファイルには JSON オブジェクトが 1 つ入ります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the same object</source>
        <translation>&apos;%1&apos; が同じオブジェクト内に 2 回あります</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (three letters)</source>
        <translation>「%1」は通貨コード (3 文字) ではありません</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>Choose a scenario first.</source>
        <translation>先にシナリオを選択してください。</translation>
    </message>
    <message>
        <source>Start the scenario first: the handout shows the window as it was when each step was done.</source>
        <translation>先にシナリオを開始してください。配布資料には、各手順が完了した時点のウィンドウが表示されます。</translation>
    </message>
    <message>
        <source>No step has been done since the scenario started.</source>
        <translation>シナリオの開始後、完了した手順はありません。</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>&amp;Start from the initial state…</source>
        <translation>初期状態から開始(&amp;S)…</translation>
    </message>
    <message>
        <source>The guided demo script to follow</source>
        <translation>実行するガイド付きデモのシナリオ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop following the running scenario; the demo data stays as it is</source>
        <translation>実行中のシナリオの追跡をやめます。デモ データはそのまま残ります</translation>
    </message>
    <message>
        <source>Spotlight</source>
        <translation>スポットライト</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>シナリオを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <source>Reads a scenario file and lists it with the built-in ones</source>
        <translation>シナリオ ファイルを読み込み、組み込みのシナリオと一緒に一覧表示します</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>コピーを保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <source>Writes the selected scenario as a file to start your own from</source>
        <translation>選択したシナリオをファイルに書き出し、独自のシナリオの出発点にします</translation>
    </message>
    <message>
        <source>The scenario&apos;s steps by chapter; each says whether it is done</source>
        <translation>章ごとのシナリオのステップ。それぞれ完了したかどうかを示します</translation>
    </message>
    <message>
        <source>Presenter notes</source>
        <translation>プレゼンター ノート</translation>
    </message>
    <message>
        <source>Export han&amp;dout…</source>
        <translation>配布資料のエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>配布資料のエクスポート</translation>
    </message>
    <message>
        <source>Writes a PDF with each step&apos;s text and a picture of the window when it was done</source>
        <translation>各手順のテキストと、完了した時点のウィンドウの画像を PDF に書き出します</translation>
    </message>
</context>
<context>
    <name>Seed</name>
    <message>
        <source>This database already holds an organization; use a new file (or --force).</source>
        <translation>このデータベースには既に組織が含まれています。新しいファイルを使用してください (または --force を指定してください)。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no role</source>
        <translation>ロールなし</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The window shows a new language when Incentives Desk starts again; you can restart it right after OK.</source>
        <translation>新しい言語は Incentives Desk の再起動後に表示されます。[OK] を選択した直後に再起動できます。</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>無操作時の自動ロック(&amp;I):</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>無操作時の自動ロック</translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation>既定のデータベース(&amp;D):</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>既定のデータベース</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Standard location</source>
        <translation>標準の場所(&amp;S)</translation>
    </message>
    <message>
        <source>Use incentives.db in your data folder</source>
        <translation>データ フォルダーの incentives.db を使用します</translation>
    </message>
    <message>
        <source>Opened when Incentives Desk starts without --database, from its next start on.</source>
        <translation>次回の起動以降、--database を指定せずに Incentives Desk を起動したときに開かれます。</translation>
    </message>
    <message>
        <source>Show the &amp;clock in the status bar</source>
        <translation>ステータス バーに時計を表示する(&amp;C)</translation>
    </message>
    <message>
        <source>The app clock; in a demo database, the demo clock the presenter sets</source>
        <translation>アプリの時計。デモ データベースでは、プレゼンターが設定するデモ時計</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Incentives Desk</source>
        <translation>サインイン — Incentives Desk</translation>
    </message>
    <message>
        <source>Choose who you are. What you may see and do follows that user&apos;s roles.</source>
        <translation>サインインするユーザーを選択してください。表示や操作の範囲は、そのユーザーのロールによって決まります。</translation>
    </message>
    <message>
        <source>Filter by name or email</source>
        <translation>名前またはメールで絞り込み</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>ユーザーの絞り込み</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Select who you are; Enter signs in</source>
        <translation>サインインするユーザーを選択します。Enter キーでサインインします</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>The %1 expired on %2; sign a new one.</source>
        <translation>%1 の有効期限が %2 に切れました。新しいフォームに署名してください。</translation>
    </message>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>デモ ツールはデモ データベースでのみ使用できます。</translation>
    </message>
    <message>
        <source>The demo clock only moves forward (it is %1 now). Reset the demo to start over.</source>
        <translation>デモ時計は先に進めることしかできません (現在は %1)。最初からやり直すには、デモをリセットしてください。</translation>
    </message>
    <message>
        <source>The clock can only be advanced by a positive duration.</source>
        <translation>時計を進める期間には正の値を指定する必要があります。</translation>
    </message>
    <message>
        <source>Give the reason for the rejection.</source>
        <translation>却下の理由を入力してください。</translation>
    </message>
    <message>
        <source>%1 has no enrollment at %2.</source>
        <translation>%1 には %2 の登録がありません。</translation>
    </message>
    <message>
        <source>This enrollment is not waiting for validation.</source>
        <translation>この登録は検証待ちではありません。</translation>
    </message>
    <message>
        <source>%1 is discontinued already.</source>
        <translation>%1 は既に提供終了しています。</translation>
    </message>
    <message>
        <source>Name at least one payout currency.</source>
        <translation>支払通貨を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>A program open to all has no eligibility criteria.</source>
        <translation>全員が対象のプログラムには資格条件を設定できません。</translation>
    </message>
    <message>
        <source>A program named &apos;%1&apos; exists already.</source>
        <translation>「%1」という名前のプログラムは既に存在します。</translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation>%1 は受付中ではありません。</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 は登録受付を終了していません。</translation>
    </message>
    <message>
        <source>Revenue and customer counts cannot be negative.</source>
        <translation>収益と顧客数に負の値は指定できません。</translation>
    </message>
    <message>
        <source>You have no incentives role. Ask an Account admin for access.</source>
        <translation>インセンティブのロールがありません。アカウント管理者にアクセス権を依頼してください。</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Upgrading %1 for this version of Incentives Desk: the file is checked, a copy of it as it is now is kept beside it, then it is upgraded. For a large file this takes a few minutes.</source>
        <translation>このバージョンの Incentives Desk 用に %1 をアップグレードしています。ファイルを検査し、現在の状態のコピーをその隣に保存してから、アップグレードします。大きなファイルでは数分かかります。</translation>
    </message>
    <message>
        <source>%1 holds no organization yet. Its owner moves one in first (incentives-cli migrate or init).</source>
        <translation>%1 にはまだ組織がありません。所有者が先に組織を移してください (incentives-cli migrate または init)。</translation>
    </message>
</context>
<context>
    <name>StateMachine</name>
    <message>
        <source>Only an invitation that is still Invited can be accepted.</source>
        <translation>承諾できるのは、状態が「招待済み」のままの招待だけです。</translation>
    </message>
    <message>
        <source>Only an Invited or Enrolling enrollment can be submitted for validation.</source>
        <translation>検証のために送信できるのは、状態が「招待済み」または「登録中」の登録だけです。</translation>
    </message>
    <message>
        <source>This enrollment is not waiting for validation.</source>
        <translation>この登録は検証待ちではありません。</translation>
    </message>
    <message>
        <source>The program is discontinued; nothing can change here.</source>
        <translation>このプログラムは提供終了しているため、変更できません。</translation>
    </message>
    <message>
        <source>An enrollment that is %1 cannot take the step &apos;%2&apos;.</source>
        <translation>状態が「%1」の登録では、手順「%2」を実行できません。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Someone else changed this record since it was opened. Reload it and try again.</source>
        <translation>このレコードは、開いた後に他のユーザーによって変更されました。再読み込みしてから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Location summary</source>
        <translation>拠点の概要</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>拠点(&amp;L):</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>See the pages as they will print, and print them</source>
        <translation>印刷されるページを確認して、印刷します</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF をエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the summary as a PDF file</source>
        <translation>概要を PDF ファイルとして保存します</translation>
    </message>
</context>
<context>
    <name>SummaryService</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>銀行の国</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>口座名義人</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC / SWIFT</source>
        <translation>BIC / SWIFT</translation>
    </message>
    <message>
        <source>Routing or branch code</source>
        <translation>ルーティング番号または支店コード</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>金融機関</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>口座番号</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>This user account is deactivated.</source>
        <translation>このユーザー アカウントは無効化されています。</translation>
    </message>
    <message>
        <source>Enrollment summary — %1</source>
        <translation>登録の概要 — %1</translation>
    </message>
    <message>
        <source>Enrollment summary: %1 (%2)</source>
        <translation>登録の概要: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — prepared %2 for %3</source>
        <translation>%1 — %2 に %3 向けに作成</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Location PartnerID</source>
        <translation>拠点の PartnerID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Partner program agreement</source>
        <translation>パートナー プログラム契約</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expired or not signed (IVDMPA)</source>
        <translation>期限切れまたは未署名 (IVDMPA)</translation>
    </message>
    <message>
        <source>Incentives admin</source>
        <translation>インセンティブ管理者</translation>
    </message>
    <message>
        <source>None: an Account admin must assign one before this location can enroll</source>
        <translation>なし: この拠点を登録するには、先にアカウント管理者がインセンティブ管理者を割り当てる必要があります</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>This location has no invitations or enrollments.</source>
        <translation>この拠点には招待も登録もありません。</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Actions required</source>
        <translation>必要なアクション</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>ends by %1</source>
        <translation>%1 までに完了</translation>
    </message>
    <message>
        <source>Payout (bank) profile</source>
        <translation>支払い (銀行) プロファイル</translation>
    </message>
    <message>
        <source>No default bank profile is set for this location.</source>
        <translation>この拠点には既定の銀行プロファイルが設定されていません。</translation>
    </message>
    <message>
        <source>Also used by enrollments here</source>
        <translation>この拠点の登録で使用されている別のプロファイル</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>税務プロファイル</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>EIN</source>
        <translation>EIN</translation>
    </message>
    <message>
        <source>Country of incorporation</source>
        <translation>設立国</translation>
    </message>
    <message>
        <source>Foreign tax ID</source>
        <translation>外国の納税者番号</translation>
    </message>
    <message>
        <source>Treaty claim</source>
        <translation>租税条約の特典</translation>
    </message>
    <message>
        <source>%1, article %2</source>
        <translation>%1、条項 %2</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>VAT 番号</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>署名日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No tax profile is on file for this location.</source>
        <translation>この拠点の税務プロファイルは登録されていません。</translation>
    </message>
    <message>
        <source>Account numbers and tax IDs are masked: only their last four characters are shown. Enrollments expire at the end of the fiscal year (30 June) and renew on 1 July when the location is still eligible, its agreement is active and its payout and tax details are complete.</source>
        <translation>口座番号と納税者番号はマスクされており、末尾の 4 文字のみが表示されます。登録は会計年度末 (6 月 30 日) に期限切れとなり、拠点が引き続き資格を満たし、契約が有効で、支払い情報と税務情報がそろっている場合は 7 月 1 日に更新されます。</translation>
    </message>
</context>
<context>
    <name>TaxDocumentService</name>
    <message>
        <source>Save the tax profile first; documents are attached to it.</source>
        <translation>まず税務プロファイルを保存してください。書類はそこに添付されます。</translation>
    </message>
    <message>
        <source>Location %1 has no tax profile yet; save it first, then attach documents to it.</source>
        <translation>拠点 %1 にはまだ税務プロファイルがありません。先に保存してから書類を添付してください。</translation>
    </message>
    <message>
        <source>This file is attached to the tax profile of %1 already (the same content, SHA-256 %2).</source>
        <translation>このファイルは %1 の税務プロファイルに既に添付されています (同じ内容、SHA-256 %2)。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 はありません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The file %1 is larger than 10 MB.</source>
        <translation>ファイル %1 は 10 MB を超えています。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>TaxDocuments</name>
    <message>
        <source>The document needs a file name.</source>
        <translation>書類にはファイル名が必要です。</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>ファイル %1 は空です。</translation>
    </message>
    <message>
        <source>The file %1 is larger than 10 MB.</source>
        <translation>ファイル %1 は 10 MB を超えています。</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF, PNG or JPEG file (judged by its content, not its name).</source>
        <translation>ファイル %1 は PDF、PNG、JPEG のいずれでもありません (名前ではなく内容で判定)。</translation>
    </message>
</context>
<context>
    <name>TaxProfileDialog</name>
    <message>
        <source>Tax profile</source>
        <translation>税務プロファイル</translation>
    </message>
    <message>
        <source>&amp;EIN:</source>
        <translation>EIN(&amp;E):</translation>
    </message>
    <message>
        <source>Employer Identification Number</source>
        <translation>雇用者識別番号</translation>
    </message>
    <message>
        <source>12-3456789</source>
        <translation>12-3456789</translation>
    </message>
    <message>
        <source>Country of &amp;incorporation:</source>
        <translation>設立国(&amp;I):</translation>
    </message>
    <message>
        <source>Country of incorporation</source>
        <translation>設立国</translation>
    </message>
    <message>
        <source>&amp;Foreign tax ID:</source>
        <translation>外国の納税者番号(&amp;F):</translation>
    </message>
    <message>
        <source>Foreign tax identification number</source>
        <translation>外国の納税者識別番号</translation>
    </message>
    <message>
        <source>&amp;Treaty claim:</source>
        <translation>租税条約の特典(&amp;T):</translation>
    </message>
    <message>
        <source>Claim treaty benefits</source>
        <translation>租税条約の特典を申請する</translation>
    </message>
    <message>
        <source>Claim a reduced rate under an income tax treaty</source>
        <translation>所得税に関する租税条約に基づいて軽減税率を申請します</translation>
    </message>
    <message>
        <source>Treaty &amp;country:</source>
        <translation>条約締結国(&amp;C):</translation>
    </message>
    <message>
        <source>Treaty country</source>
        <translation>条約締結国</translation>
    </message>
    <message>
        <source>Treaty &amp;article:</source>
        <translation>条約の条項(&amp;A):</translation>
    </message>
    <message>
        <source>Treaty article</source>
        <translation>条約の条項</translation>
    </message>
    <message>
        <source>e.g. Article 12</source>
        <translation>例: 第 12 条</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>署名日(&amp;S):</translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation>署名日</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>VAT 番号(&amp;V):</translation>
    </message>
    <message>
        <source>VAT identification number</source>
        <translation>VAT 識別番号</translation>
    </message>
    <message>
        <source>e.g. DE136695976</source>
        <translation>例: DE136695976</translation>
    </message>
    <message>
        <source>The location&apos;s tax identification number in its own country</source>
        <translation>拠点の所在国における納税者識別番号</translation>
    </message>
    <message>
        <source>The day the form was signed, year-month-day; a W-8BEN-E stays valid until the end of the third calendar year after it</source>
        <translation>フォームの署名日 (年-月-日)。W-8BEN-E は、署名した年の 3 暦年後の年末まで有効です</translation>
    </message>
    <message>
        <source>Tax &amp;form:</source>
        <translation>税務フォーム(&amp;F):</translation>
    </message>
    <message>
        <source>Tax form</source>
        <translation>税務フォーム</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The legal name</source>
        <translation>正式名称</translation>
    </message>
    <message>
        <source>The account holder&apos;s name</source>
        <translation>口座名義人の名前</translation>
    </message>
    <message>
        <source>The bank&apos;s name</source>
        <translation>銀行名</translation>
    </message>
    <message>
        <source>The bank&apos;s address</source>
        <translation>銀行の住所</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The criteria</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>The organization&apos;s name</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>%1 cannot contain control or text-direction characters (found U+%2).</source>
        <translation>%1 に制御文字や文字方向の制御文字を含めることはできません（U+%2 が見つかりました）。</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>&apos;%1&apos; is not a date and time; write it as 2026-06-30 or 2026-06-30 14:00.</source>
        <translation>「%1」は日時ではありません。2026-06-30 または 2026-06-30 14:00 の形式で入力してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration; write a number and a unit, such as 30m, 1h, 2d, 48h or 1w.</source>
        <translation>「%1」は期間ではありません。30m、1h、2d、48h、1w のように、数値と単位を入力してください。</translation>
    </message>
    <message>
        <source>A duration must be more than zero.</source>
        <translation>期間は 0 より大きくする必要があります。</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>%1 already holds data; a database is moved only into a new or empty one.</source>
        <translation>%1 には既にデータがあります。データベースの移行先にできるのは、新規または空のデータベースだけです。</translation>
    </message>
    <message>
        <source>The copy of %1 has %2 rows instead of %3; nothing was written.</source>
        <translation>テーブル %1 のコピーの行数が %3 ではなく %2 です。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Copied from %1</source>
        <translation>%1 からコピー</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>コピー元とコピー先が同じデータベースです。</translation>
    </message>
</context>
<context>
    <name>Types</name>
    <message>
        <source>Account admin</source>
        <translation>アカウント管理者</translation>
    </message>
    <message>
        <source>Incentives admin</source>
        <translation>インセンティブ管理者</translation>
    </message>
    <message>
        <source>Incentives user</source>
        <translation>インセンティブ ユーザー</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>招待済み</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>登録中</translation>
    </message>
    <message>
        <source>Validating enrollment</source>
        <translation>登録の検証中</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>提供終了</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>受付中</translation>
    </message>
    <message>
        <source>Closed for enrollment</source>
        <translation>登録受付終了</translation>
    </message>
    <message>
        <source>Pending validation</source>
        <translation>検証待ち</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>アクションが必要</translation>
    </message>
    <message>
        <source>W-9</source>
        <translation>W-9</translation>
    </message>
    <message>
        <source>W-8BEN-E</source>
        <translation>W-8BEN-E</translation>
    </message>
    <message>
        <source>Electronic bank transfer</source>
        <translation>電子銀行振込</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>クレジット ノート</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>当座預金</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>貯蓄預金</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>プレゼンター</translation>
    </message>
    <message>
        <source>W-8BEN</source>
        <translation>W-8BEN</translation>
    </message>
    <message>
        <source>Verification needed</source>
        <translation>確認が必要</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Users</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Show users by role</source>
        <translation>ロール別にユーザーを表示</translation>
    </message>
    <message>
        <source>Search names and email addresses</source>
        <translation>名前とメール アドレスを検索</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>ユーザーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Assign &amp;role…</source>
        <translation>ロールを割り当て(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move role…</source>
        <translation>ロールを削除(&amp;M)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>パスワードをリセット(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>無効化(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>拠点(&amp;L)</translation>
    </message>
    <message>
        <source>Locations and their Incentives admins</source>
        <translation>拠点とそのインセンティブ管理者</translation>
    </message>
    <message>
        <source>Assign Incentives &amp;admin…</source>
        <translation>インセンティブ管理者を割り当て(&amp;A)…</translation>
    </message>
    <message>
        <source>Users and locations</source>
        <translation>ユーザーと拠点</translation>
    </message>
    <message>
        <source>Every user of the organization with their status and roles</source>
        <translation>組織のすべてのユーザーとその状態およびロール</translation>
    </message>
    <message>
        <source>A location without an Incentives admin says so; its invitations wait until one is assigned</source>
        <translation>インセンティブ管理者のいない拠点にはその旨が表示されます。その拠点への招待は、管理者が割り当てられるまで保留されます</translation>
    </message>
    <message>
        <source>Search PartnerIDs and location names</source>
        <translation>PartnerID と拠点名を検索</translation>
    </message>
    <message>
        <source>Search locations</source>
        <translation>拠点を検索</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import users from a CSV file</source>
        <translation>CSV ファイルからユーザーをインポート</translation>
    </message>
    <message>
        <source>Add l&amp;ocation…</source>
        <translation>拠点の追加(&amp;O)…</translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation>拠点を追加</translation>
    </message>
    <message>
        <source>&amp;Edit location…</source>
        <translation>拠点の編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected location</source>
        <translation>選択した拠点を編集</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>インポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Import locations from a CSV file</source>
        <translation>CSV ファイルから拠点をインポート</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>a space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Enter an IBAN.</source>
        <translation>IBAN を入力してください。</translation>
    </message>
    <message>
        <source>An IBAN may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>IBAN に使用できるのは A～Z の英字と数字だけです。%1 は使用できません。</translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code, like DE or FR.</source>
        <translation>IBAN は DE や FR のような 2 文字の国コードで始まります。</translation>
    </message>
    <message>
        <source>An IBAN starts with a country code; %1 is not a known country code.</source>
        <translation>IBAN は国コードで始まりますが、%1 は既知の国コードではありません。</translation>
    </message>
    <message>
        <source>%1 (%2) does not use IBANs.</source>
        <translation>%1 (%2) では IBAN を使用しません。</translation>
    </message>
    <message>
        <source>An IBAN with the country code %1 (%2) has %3 characters; this one has %4.</source>
        <translation>国コード %1 (%2) の IBAN は %3 文字ですが、入力された IBAN は %4 文字です。</translation>
    </message>
    <message>
        <source>The third and fourth characters of an IBAN are its check digits and must be digits.</source>
        <translation>IBAN の 3 文字目と 4 文字目はチェック ディジットのため、数字である必要があります。</translation>
    </message>
    <message>
        <source>The IBAN check digits do not match: a character is mistyped.</source>
        <translation>IBAN のチェック ディジットが一致しません。入力ミスがあります。</translation>
    </message>
    <message>
        <source>Enter a BIC (SWIFT code).</source>
        <translation>BIC (SWIFT コード) を入力してください。</translation>
    </message>
    <message>
        <source>A BIC may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>BIC に使用できるのは A～Z の英字と数字だけです。%1 は使用できません。</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters; this one has %1.</source>
        <translation>BIC は 8 文字または 11 文字ですが、入力された BIC は %1 文字です。</translation>
    </message>
    <message>
        <source>The first six characters of a BIC are letters: four for the bank, two for the country.</source>
        <translation>BIC の最初の 6 文字は英字です (銀行を表す 4 文字と、国を表す 2 文字)。</translation>
    </message>
    <message>
        <source>The BIC&apos;s country (%1) does not match the bank country (%2).</source>
        <translation>BIC の国 (%1) が銀行の国 (%2) と一致しません。</translation>
    </message>
    <message>
        <source>Enter a routing number.</source>
        <translation>ルーティング番号を入力してください。</translation>
    </message>
    <message>
        <source>A routing number has 9 digits; this one has %1.</source>
        <translation>ルーティング番号は 9 桁ですが、入力された番号は %1 桁です。</translation>
    </message>
    <message>
        <source>A routing number cannot be all zeros.</source>
        <translation>ルーティング番号をすべて 0 にすることはできません。</translation>
    </message>
    <message>
        <source>The routing number&apos;s checksum does not match: a digit is mistyped.</source>
        <translation>ルーティング番号のチェックサムが一致しません。数字の入力ミスがあります。</translation>
    </message>
    <message>
        <source>Enter a sort code.</source>
        <translation>ソート コードを入力してください。</translation>
    </message>
    <message>
        <source>A sort code has 6 digits, like 12-34-56; this one has %1.</source>
        <translation>ソート コードは 12-34-56 のような 6 桁ですが、入力されたコードは %1 桁です。</translation>
    </message>
    <message>
        <source>Enter an account number.</source>
        <translation>口座番号を入力してください。</translation>
    </message>
    <message>
        <source>A UK account number has 8 digits; this one has %1.</source>
        <translation>英国の口座番号は 8 桁ですが、入力された番号は %1 桁です。</translation>
    </message>
    <message>
        <source>Enter an institution number.</source>
        <translation>金融機関番号を入力してください。</translation>
    </message>
    <message>
        <source>An institution number has 3 digits; this one has %1.</source>
        <translation>金融機関番号は 3 桁ですが、入力された番号は %1 桁です。</translation>
    </message>
    <message>
        <source>Enter a transit number.</source>
        <translation>トランジット番号を入力してください。</translation>
    </message>
    <message>
        <source>A transit number has 5 digits; this one has %1.</source>
        <translation>トランジット番号は 5 桁ですが、入力された番号は %1 桁です。</translation>
    </message>
    <message>
        <source>Enter a BSB.</source>
        <translation>BSB を入力してください。</translation>
    </message>
    <message>
        <source>A BSB has 6 digits, like 123-456; this one has %1.</source>
        <translation>BSB は 123-456 のような 6 桁ですが、入力された BSB は %1 桁です。</translation>
    </message>
    <message>
        <source>Enter an IFSC code.</source>
        <translation>IFSC コードを入力してください。</translation>
    </message>
    <message>
        <source>An IFSC code may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>IFSC コードに使用できるのは A～Z の英字と数字だけです。%1 は使用できません。</translation>
    </message>
    <message>
        <source>An IFSC code has 11 characters; this one has %1.</source>
        <translation>IFSC コードは 11 文字ですが、入力されたコードは %1 文字です。</translation>
    </message>
    <message>
        <source>An IFSC code starts with four letters that name the bank.</source>
        <translation>IFSC コードは、銀行を表す 4 文字の英字で始まります。</translation>
    </message>
    <message>
        <source>The fifth character of an IFSC code is always the digit 0 (zero).</source>
        <translation>IFSC コードの 5 文字目は常に数字の 0 (ゼロ) です。</translation>
    </message>
    <message>
        <source>An account number may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>口座番号に使用できるのは A～Z の英字と数字だけです。%1 は使用できません。</translation>
    </message>
    <message>
        <source>An account number has 4 to 34 characters; this one has %1.</source>
        <translation>口座番号は 4～34 文字ですが、入力された番号は %1 文字です。</translation>
    </message>
    <message>
        <source>Enter an EIN.</source>
        <translation>EIN を入力してください。</translation>
    </message>
    <message>
        <source>An EIN has 9 digits, like 12-3456789; this one has %1.</source>
        <translation>EIN は 12-3456789 のような 9 桁ですが、入力された EIN は %1 桁です。</translation>
    </message>
    <message>
        <source>EIN prefix %1 is not assigned by the IRS.</source>
        <translation>EIN のプレフィックス %1 は IRS によって割り当てられていません。</translation>
    </message>
    <message>
        <source>Enter a country code.</source>
        <translation>国コードを入力してください。</translation>
    </message>
    <message>
        <source>A country code has two letters, like DE or US.</source>
        <translation>国コードは DE や US のような 2 文字の英字です。</translation>
    </message>
    <message>
        <source>%1 is not a known country code.</source>
        <translation>%1 は既知の国コードではありません。</translation>
    </message>
    <message>
        <source>Enter a currency code.</source>
        <translation>通貨コードを入力してください。</translation>
    </message>
    <message>
        <source>A currency code has three letters, like EUR or USD.</source>
        <translation>通貨コードは EUR や USD のような 3 文字の英字です。</translation>
    </message>
    <message>
        <source>%1 is not a supported currency.</source>
        <translation>%1 はサポートされている通貨ではありません。</translation>
    </message>
    <message>
        <source>Enter a PartnerID.</source>
        <translation>PartnerID を入力してください。</translation>
    </message>
    <message>
        <source>A PartnerID has 7 digits; this one has %1.</source>
        <translation>PartnerID は 7 桁ですが、入力された PartnerID は %1 桁です。</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>メール アドレスを入力してください。</translation>
    </message>
    <message>
        <source>An email address has at most 254 characters; this one has %1.</source>
        <translation>メール アドレスは 254 文字以内ですが、入力されたアドレスは %1 文字です。</translation>
    </message>
    <message>
        <source>An email address has exactly one @, like name@example.com.</source>
        <translation>メール アドレスには、name@example.com のように @ がちょうど 1 つ含まれます。</translation>
    </message>
    <message>
        <source>The part of the email address before the @ is empty.</source>
        <translation>メール アドレスの @ より前の部分が空です。</translation>
    </message>
    <message>
        <source>The part of the email address before the @ cannot contain %1.</source>
        <translation>メール アドレスの @ より前の部分に %1 を含めることはできません。</translation>
    </message>
    <message>
        <source>The part of the email address before the @ has at most 64 characters.</source>
        <translation>メール アドレスの @ より前の部分は 64 文字以内にする必要があります。</translation>
    </message>
    <message>
        <source>The part of the email address before the @ cannot start or end with a dot, or have two dots in a row.</source>
        <translation>メール アドレスの @ より前の部分は、ドットで始めたり終えたりすることはできず、ドットを 2 つ続けることもできません。</translation>
    </message>
    <message>
        <source>The email address has no domain after the @.</source>
        <translation>メール アドレスの @ の後にドメインがありません。</translation>
    </message>
    <message>
        <source>The domain of the email address cannot contain %1.</source>
        <translation>メール アドレスのドメインに %1 を含めることはできません。</translation>
    </message>
    <message>
        <source>The domain of the email address needs a dot, like example.com.</source>
        <translation>メール アドレスのドメインには、example.com のようにドットが必要です。</translation>
    </message>
    <message>
        <source>The domain of the email address is malformed: each part between dots has 1 to 63 letters, digits or hyphens, and no hyphen at either end.</source>
        <translation>メール アドレスのドメインの形式が正しくありません。ドットで区切られた各部分は 1～63 文字の英字、数字、ハイフンで構成し、先頭と末尾にハイフンは使用できません。</translation>
    </message>
    <message>
        <source>The domain of the email address must end in a name, like .com, not a number.</source>
        <translation>メール アドレスのドメインは、数字ではなく .com のような名前で終わる必要があります。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>A name cannot contain the invisible text-direction character %1.</source>
        <translation>名前に、目に見えないテキスト方向制御文字 %1 を含めることはできません。</translation>
    </message>
    <message>
        <source>A name cannot contain control characters such as line breaks or tabs (%1).</source>
        <translation>名前に改行やタブなどの制御文字 (%1) を含めることはできません。</translation>
    </message>
    <message>
        <source>A name cannot contain the invisible formatting character %1.</source>
        <translation>名前に、目に見えない書式設定文字 %1 を含めることはできません。</translation>
    </message>
    <message>
        <source>A name cannot contain the character %1.</source>
        <translation>名前に文字 %1 を含めることはできません。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>名前は %1 文字以内ですが、入力された名前は %2 文字です。</translation>
    </message>
    <message>
        <source>U and 8 digits</source>
        <translation>U と 8 桁の数字</translation>
    </message>
    <message>
        <source>10 digits starting with 0 or 1</source>
        <translation>0 または 1 で始まる 10 桁の数字</translation>
    </message>
    <message>
        <source>9 or 10 digits</source>
        <translation>9 桁または 10 桁の数字</translation>
    </message>
    <message>
        <source>8 digits and a letter</source>
        <translation>8 桁の数字と英字 1 文字</translation>
    </message>
    <message>
        <source>8, 9 or 10 digits</source>
        <translation>8 桁、9 桁、または 10 桁の数字</translation>
    </message>
    <message>
        <source>9 digits, the first not 0</source>
        <translation>先頭が 0 以外の 9 桁の数字</translation>
    </message>
    <message>
        <source>8 digits, the first not 0</source>
        <translation>先頭が 0 以外の 8 桁の数字</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 桁の数字</translation>
    </message>
    <message>
        <source>a letter or digit, 7 digits and a check letter or digit</source>
        <translation>英字または数字 1 文字、7 桁の数字、チェック用の英字または数字 1 文字</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 桁の数字</translation>
    </message>
    <message>
        <source>a 2-character key and the 9-digit SIREN</source>
        <translation>2 文字のキーと 9 桁の SIREN</translation>
    </message>
    <message>
        <source>9 or 12 digits, GD and 3 digits below 500, or HA and 3 digits from 500</source>
        <translation>9 桁または 12 桁の数字、GD と 500 未満の 3 桁の数字、または HA と 500 以上の 3 桁の数字</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 桁の数字</translation>
    </message>
    <message>
        <source>7 digits and 1 or 2 letters, or the older form like 1A23456B</source>
        <translation>7 桁の数字と英字 1～2 文字、または 1A23456B のような旧形式</translation>
    </message>
    <message>
        <source>9 or 12 digits</source>
        <translation>9 桁または 12 桁の数字</translation>
    </message>
    <message>
        <source>9 digits, the letter B and 2 digits (not 00)</source>
        <translation>9 桁の数字、英字 B、2 桁の数字 (00 以外)</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 桁の数字</translation>
    </message>
    <message>
        <source>12 digits ending in 01</source>
        <translation>01 で終わる 12 桁の数字</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>北アイルランド</translation>
    </message>
    <message>
        <source>Enter a VAT number.</source>
        <translation>VAT 番号を入力してください。</translation>
    </message>
    <message>
        <source>A VAT number may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>VAT 番号に使用できるのは A～Z の英字と数字だけです。%1 は使用できません。</translation>
    </message>
    <message>
        <source>A VAT number starts with its country code; for %1 that is %2.</source>
        <translation>VAT 番号は国コードで始まります。%1 の場合は %2 です。</translation>
    </message>
    <message>
        <source>A VAT number starts with its two-letter country code, like DE123456789.</source>
        <translation>VAT 番号は、DE123456789 のように 2 文字の国コードで始まります。</translation>
    </message>
    <message>
        <source>Greek VAT numbers start with EL, not GR.</source>
        <translation>ギリシャの VAT 番号は GR ではなく EL で始まります。</translation>
    </message>
    <message>
        <source>The VAT number&apos;s country (%1) does not match the selected country (%2).</source>
        <translation>VAT 番号の国 (%1) が、選択した国 (%2) と一致しません。</translation>
    </message>
    <message>
        <source>After the prefix %1 (%2), a VAT number has %3.</source>
        <translation>VAT 番号では、プレフィックス %1 (%2) の後に %3 が続きます。</translation>
    </message>
    <message>
        <source>A VAT number cannot be all zeros.</source>
        <translation>VAT 番号をすべて 0 にすることはできません。</translation>
    </message>
    <message>
        <source>The VAT number&apos;s check digits do not match: a character is mistyped.</source>
        <translation>VAT 番号のチェック ディジットが一致しません。入力ミスがあります。</translation>
    </message>
    <message>
        <source>A routing number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>ルーティング番号に使用できるのは 0～9 の数字だけです。%1 は使用できません。</translation>
    </message>
    <message>
        <source>A routing number cannot start with %1; it starts with 00–12, 21–32, 61–72 or 80.</source>
        <translation>ルーティング番号を %1 で始めることはできません。先頭は 00～12、21～32、61～72、または 80 です。</translation>
    </message>
    <message>
        <source>A sort code may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>ソート コードに使用できるのは 0～9 の数字だけです。%1 は使用できません。</translation>
    </message>
    <message>
        <source>A UK account number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>英国の口座番号に使用できるのは 0～9 の数字だけです。%1 は使用できません。</translation>
    </message>
    <message>
        <source>An institution number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>金融機関番号に使用できるのは 0～9 の数字だけです。%1 は使用できません。</translation>
    </message>
    <message>
        <source>A transit number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>トランジット番号に使用できるのは 0～9 の数字だけです。%1 は使用できません。</translation>
    </message>
    <message>
        <source>A BSB may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>BSB に使用できるのは 0～9 の数字だけです。%1 は使用できません。</translation>
    </message>
    <message>
        <source>An EIN may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>EIN に使用できるのは 0～9 の数字だけです。%1 は使用できません。</translation>
    </message>
    <message>
        <source>A PartnerID may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>PartnerID に使用できるのは 0～9 の数字だけです。%1 は使用できません。</translation>
    </message>
    <message>
        <source>Character %1 of an IBAN from %2 must be a digit, not “%3”.</source>
        <translation>%2 の IBAN の %1 文字目は数字でなければなりません（「%3」は不可）。</translation>
    </message>
    <message>
        <source>Character %1 of an IBAN from %2 must be a letter A–Z, not “%3”.</source>
        <translation>%2 の IBAN の %1 文字目は英字 A–Z でなければなりません（「%3」は不可）。</translation>
    </message>
    <message>
        <source>Its account part has the form %1 (n: digit, a: letter, c: letter or digit).</source>
        <translation>口座部分の形式は %1 です（n: 数字、a: 英字、c: 英字または数字）。</translation>
    </message>
    <message>
        <source>The IBAN&apos;s check digits match, but the bank and account number fail %1&apos;s national check (%2): a digit is mistyped.</source>
        <translation>IBAN のチェック ディジットは一致しますが、銀行コードと口座番号が %1 の国内チェック（%2）に合格しません。入力ミスがあります。</translation>
    </message>
    <message>
        <source>The BIC&apos;s country code %1 (characters 5 and 6) is not a known country.</source>
        <translation>BIC の国コード %1（5〜6 文字目）は既知の国ではありません。</translation>
    </message>
    <message>
        <source>%1 is a SWIFT test and training BIC (its eighth character is 0): payments cannot be sent to it.</source>
        <translation>%1 は SWIFT のテスト・研修用 BIC です（8 文字目が 0）。この BIC には送金できません。</translation>
    </message>
    <message>
        <source>E and 9 digits, optionally followed by MWST, TVA, IVA or TPV</source>
        <translation>E と 9 桁の数字（後に MWST、TVA、IVA、TPV のいずれかを付けても可）</translation>
    </message>
    <message>
        <source>9 digits and MVA</source>
        <translation>9 桁の数字と MVA</translation>
    </message>
    <message>
        <source>2 to 10 digits, the first not 0, or a 13-digit personal numeric code</source>
        <translation>2〜10 桁の数字（先頭は 0 以外）、または 13 桁の個人番号</translation>
    </message>
    <message>
        <source>%1 does not issue EU, UK, Swiss or Norwegian VAT numbers.</source>
        <translation>%1 は EU、英国、スイス、ノルウェーの VAT 番号を発行しません。</translation>
    </message>
    <message>
        <source>%1 is not the country code of a VAT number checked here; use the code of an EU country, GB, XI, CH or NO.</source>
        <translation>%1 はここで確認する VAT 番号の国コードではありません。EU 加盟国、GB、XI、CH、NO のいずれかのコードを使用してください。</translation>
    </message>
    <message>
        <source>Character %1 of the VAT number must be a digit, not %2.</source>
        <translation>VAT 番号の %1 文字目は数字でなければなりません（%2 は不可）。</translation>
    </message>
    <message>
        <source>Character %1 of the VAT number must be a letter A–Z, not %2.</source>
        <translation>VAT 番号の %1 文字目は英字 A–Z でなければなりません（%2 は不可）。</translation>
    </message>
    <message>
        <source>Character %1 of the VAT number must be %2, not %3.</source>
        <translation>VAT 番号の %1 文字目は %2 でなければなりません（%3 は不可）。</translation>
    </message>
    <message>
        <source>Enter the foreign tax identification number.</source>
        <translation>外国の納税者識別番号を入力してください。</translation>
    </message>
    <message>
        <source>A tax ID may contain only letters A–Z, digits, spaces, hyphens, slashes and dots; %1 is not allowed.</source>
        <translation>納税者番号に使えるのは英字 A–Z、数字、スペース、ハイフン、スラッシュ、ピリオドだけです。%1 は使えません。</translation>
    </message>
    <message>
        <source>A tax ID has digits; this one has none.</source>
        <translation>納税者番号には数字が含まれます。この番号には数字がありません。</translation>
    </message>
    <message>
        <source>A tax ID has at most 40 characters; this one has %1.</source>
        <translation>納税者番号は 40 文字以内です。この番号は %1 文字です。</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>電話番号を入力してください。</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, a leading +, spaces, hyphens, dots and parentheses; %1 is not allowed.</source>
        <translation>電話番号に使えるのは数字、先頭の +、スペース、ハイフン、ピリオド、括弧だけです。%1 は使えません。</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits; this one has %1.</source>
        <translation>電話番号は 7～15 桁です。この番号は %1 桁です。</translation>
    </message>
    <message>
        <source>Enter the CSP tenant ID.</source>
        <translation>CSP テナント ID を入力してください。</translation>
    </message>
    <message>
        <source>A tenant ID contains only the digits 0–9, the letters a–f and hyphens; %1 is not allowed.</source>
        <translation>テナント ID に使えるのは数字 0～9、文字 a～f、ハイフンだけです。%1 は使えません。</translation>
    </message>
    <message>
        <source>A tenant ID is a GUID of 32 hexadecimal digits grouped 8-4-4-4-12, like 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d.</source>
        <translation>テナント ID は 8-4-4-4-12 に区切られた 32 桁の 16 進数の GUID です (例: 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d)。</translation>
    </message>
    <message>
        <source>The all-zero GUID is not a tenant ID; copy the ID from Partner Center&apos;s account settings.</source>
        <translation>すべて 0 の GUID はテナント ID ではありません。パートナー センターのアカウント設定から ID をコピーしてください。</translation>
    </message>
</context>
<context>
    <name>WaitDialog</name>
    <message>
        <source>Please wait</source>
        <translation>お待ちください</translation>
    </message>
    <message>
        <source>Incentives Desk</source>
        <translation>Incentives Desk</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Partner Incentive Enrollment Invitation</source>
        <translation>パートナー インセンティブ登録への招待</translation>
    </message>
    <message>
        <source>Hello %1,

Your organization&apos;s location %2 (%3) is eligible for %4 in %5. Select Get Started to accept the invitation and confirm your payout and tax profiles.

Microsoft Partner Center</source>
        <translation>%1 様

貴組織の拠点 %2 (%3) は、%5 の %4 の対象です。[開始] を選択して招待を承諾し、支払いプロファイルと税務プロファイルを確認してください。

Microsoft Partner Center</translation>
    </message>
    <message>
        <source>Tax profile %1 belongs to another location.</source>
        <translation>税務プロファイル %1 は別の拠点のものです。</translation>
    </message>
</context>
<context>
    <name>WorkspaceExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートは取り消されました。</translation>
    </message>
</context>
<context>
    <name>WorkspaceExporter</name>
    <message>
        <source>Exporting the workspace…</source>
        <translation>ワークスペースをエクスポートしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>ワークスペースのエクスポート</translation>
    </message>
    <message>
        <source>Exporting the workspace… %1 rows written</source>
        <translation>ワークスペースをエクスポートしています… %1 行を書き込みました</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状態フィルター</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>拠点(&amp;L):</translation>
    </message>
    <message>
        <source>Location filter</source>
        <translation>拠点フィルター</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>プログラム(&amp;P):</translation>
    </message>
    <message>
        <source>Program filter</source>
        <translation>プログラム フィルター</translation>
    </message>
    <message>
        <source>Search programs, PartnerIDs, locations (Ctrl+F)</source>
        <translation>プログラム、PartnerID、拠点を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>フィルターをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>Incentives workspace</source>
        <translation>インセンティブ ワークスペース</translation>
    </message>
    <message>
        <source>No enrollments match these filters.</source>
        <translation>これらのフィルターに一致する登録はありません。</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>集計中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>See &amp;eligibility requirements</source>
        <translation>資格要件を表示(&amp;E)</translation>
    </message>
    <message>
        <source>Program &amp;guide</source>
        <translation>プログラム ガイド(&amp;G)</translation>
    </message>
    <message>
        <source>E&amp;nroll</source>
        <translation>登録(&amp;N)</translation>
    </message>
    <message>
        <source>Every enrollment of your locations with its status and the action it needs; press Enter to take the selected row&apos;s action</source>
        <translation>担当拠点のすべての登録と、その状態および必要なアクション。Enter キーを押すと、選択した行のアクションを実行します</translation>
    </message>
    <message>
        <source>Workspace and details</source>
        <translation>ワークスペースと詳細</translation>
    </message>
    <message>
        <source>Grouped workspace</source>
        <translation>グループ化されたワークスペース</translation>
    </message>
    <message>
        <source>The enrollments under each program or location; expand a group to see its rows</source>
        <translation>プログラムまたは拠点ごとの登録。グループを展開すると行が表示されます</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Show the details pane</source>
        <translation>詳細ペインを表示</translation>
    </message>
    <message>
        <source>Show or hide the selected enrollment&apos;s details</source>
        <translation>選択した登録の詳細を表示または非表示</translation>
    </message>
</context>
<context>
    <name>incentives::gui::AssignmentDialog</name>
    <message>
        <source>Edit assignment</source>
        <translation>割り当ての編集</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%2 の %1 (%3)</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>銀行プロファイル</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>税務プロファイル</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>&amp;Bank profile:</source>
        <translation>銀行プロファイル(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Tax profile:</source>
        <translation>税務プロファイル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>通貨(&amp;C):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2、%3)</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>登録なし</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1、%2 に期限切れ</translation>
    </message>
</context>
<context>
    <name>incentives::gui::AssignmentsPage</name>
    <message>
        <source>Payout and tax profile assignment</source>
        <translation>支払いおよび税務プロファイルの割り当て</translation>
    </message>
    <message>
        <source>What each enrollment is paid with: its bank profile, its location&apos;s tax profile and the currency Microsoft pays it in. Hold the payments of an enrollment to stop them until you release them.</source>
        <translation>各登録の支払い方法: 銀行プロファイル、拠点の税務プロファイル、Microsoft が支払う通貨です。登録の支払いを保留すると、解除するまで支払いが止まります。</translation>
    </message>
    <message>
        <source>About payout and tax profile assignment</source>
        <translation>支払いおよび税務プロファイルの割り当てについて</translation>
    </message>
    <message>
        <source>Payout and tax profile assignments</source>
        <translation>支払いおよび税務プロファイルの割り当て一覧</translation>
    </message>
    <message>
        <source>Why an action is not available</source>
        <translation>操作を利用できない理由</translation>
    </message>
    <message>
        <source>&amp;Edit assignment…</source>
        <translation>割り当ての編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected assignment</source>
        <translation>選択した割り当てを編集</translation>
    </message>
    <message>
        <source>&amp;Hold payment</source>
        <translation>支払いを保留(&amp;H)</translation>
    </message>
    <message>
        <source>Hold the payments of the selected enrollment</source>
        <translation>選択した登録の支払いを保留</translation>
    </message>
    <message>
        <source>&amp;Release payment</source>
        <translation>支払いを解除(&amp;R)</translation>
    </message>
    <message>
        <source>Release the payments of the selected enrollment</source>
        <translation>選択した登録の支払い保留を解除</translation>
    </message>
    <message>
        <source>Manage &amp;default profiles…</source>
        <translation>既定のプロファイルを管理(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose one bank profile and currency for several locations</source>
        <translation>複数の拠点に 1 つの銀行プロファイルと通貨を選択</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>PartnerID</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>銀行プロファイル</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支払い方法</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>税務プロファイル</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (location default)</source>
        <translation>%1 (拠点の既定)</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (提案)</translation>
    </message>
    <message>
        <source>Payment on hold</source>
        <translation>支払い保留中</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払い中</translation>
    </message>
    <message>
        <source>No enrollments to show.</source>
        <translation>表示する登録はありません。</translation>
    </message>
    <message>
        <source>Select an enrollment.</source>
        <translation>登録を選択してください。</translation>
    </message>
    <message>
        <source>Hold payment</source>
        <translation>支払いの保留</translation>
    </message>
    <message>
        <source>Release payment</source>
        <translation>支払い保留の解除</translation>
    </message>
    <message>
        <source>Manage default profiles</source>
        <translation>既定のプロファイルの管理</translation>
    </message>
    <message>
        <source>These programs do not pay in the chosen currency and keep theirs: %1</source>
        <translation>次のプログラムは選択した通貨で支払わないため、現在の通貨のままです: %1</translation>
    </message>
    <message>
        <source>Search the assignments</source>
        <translation>割り当てを検索</translation>
    </message>
    <message>
        <source>Search programs, PartnerIDs and locations</source>
        <translation>プログラム、PartnerID、拠点を検索</translation>
    </message>
    <message>
        <source>More enrollments</source>
        <translation>その他の登録</translation>
    </message>
    <message>
        <source>The first %1 enrollments are listed; search for a program, PartnerID or location to find the others.</source>
        <translation>最初の %1 件の登録を表示しています。他の登録は、プログラム、PartnerID、拠点で検索してください。</translation>
    </message>
    <message>
        <source>No enrollment matches the search.</source>
        <translation>検索に一致する登録はありません。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::AuditPage</name>
    <message>
        <source>Export the audit log</source>
        <translation>監査ログのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>%1 records, newest first</source>
        <translation>%1 件のレコード (新しい順)</translation>
    </message>
    <message>
        <source>%1 of your own actions, newest first</source>
        <translation>自分のアクション %1 件 (新しい順)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>— older records follow: refine the search or load more.</source>
        <translation>— さらに古い記録があります。検索を絞り込むか、さらに読み込んでください。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::BankProfileDialog</name>
    <message>
        <source>Edit bank profile — %1</source>
        <translation>銀行プロファイルの編集 — %1</translation>
    </message>
    <message>
        <source>New bank profile</source>
        <translation>新しい銀行プロファイル</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>当座預金</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>貯蓄預金</translation>
    </message>
    <message>
        <source>Saving sends these enrollments back to Validating enrollment: %1.</source>
        <translation>保存すると、次の登録の状態が「登録の検証中」に戻ります: %1。</translation>
    </message>
    <message>
        <source>ABA &amp;routing number:</source>
        <translation>ABA ルーティング番号(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Sort code:</source>
        <translation>ソート コード(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Transit number:</source>
        <translation>トランジット番号(&amp;T):</translation>
    </message>
    <message>
        <source>BS&amp;B:</source>
        <translation>BSB(&amp;B):</translation>
    </message>
    <message>
        <source>IF&amp;SC:</source>
        <translation>IFSC(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Routing number:</source>
        <translation>ルーティング番号(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;SWIFT code:</source>
        <translation>SWIFT コード(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>BIC(&amp;B):</translation>
    </message>
    <message>
        <source>No currency of this country is paid by the program: choose another bank.</source>
        <translation>このプログラムでは、この国の通貨での支払いは行われません。別の銀行を選択してください。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>他のユーザーによる変更</translation>
    </message>
    <message>
        <source>Someone else saved the bank profile %1 after you opened it.

Load their version into the form? What you typed here is then replaced; choose No to keep it on screen.</source>
        <translation>銀行プロファイル %1 を開いた後に、他のユーザーがこのプロファイルを保存しました。

他のユーザーのバージョンをフォームに読み込みますか? 読み込むと、ここで入力した内容は置き換えられます。入力内容を画面に残すには [いいえ] を選択してください。</translation>
    </message>
    <message>
        <source>This is the version saved by someone else. Make your changes again and save.</source>
        <translation>これは他のユーザーが保存したバージョンです。もう一度変更を行ってから保存してください。</translation>
    </message>
    <message>
        <source>A credit note is issued to your CSP billing account instead of a payment to a bank. It is offered in some countries only, and only by programs that pay by credit note.</source>
        <translation>クレジット ノートは銀行への支払いの代わりに CSP の請求先アカウントに発行されます。一部の国でのみ、クレジット ノートで支払うプログラムに限り提供されます。</translation>
    </message>
    <message>
        <source>The fields follow the bank&apos;s country. Microsoft pays only to an account held in the legal entity name of the location it pays.</source>
        <translation>入力項目は銀行の国によって変わります。Microsoft は、支払先拠点の法人名義の口座にのみ支払いを行います。</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国(&amp;C):</translation>
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation>銀行の国(&amp;C):</translation>
    </message>
    <message>
        <source>%1 — an Incentives admin of the location verifies the tenant once Microsoft has confirmed it.</source>
        <translation>%1 — Microsoft の確認後、拠点のインセンティブ管理者がテナントを確認します。</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>先にプロファイルを保存してください。</translation>
    </message>
    <message>
        <source>Save or discard your changes before verifying.</source>
        <translation>確認する前に変更を保存するか破棄してください。</translation>
    </message>
    <message>
        <source>Record that Microsoft confirmed this CSP tenant.</source>
        <translation>Microsoft がこの CSP テナントを確認したことを記録します。</translation>
    </message>
    <message>
        <source>Verify CSP tenant</source>
        <translation>CSP テナントの確認</translation>
    </message>
    <message>
        <source>Record that Microsoft confirmed the CSP tenant %1 of the profile %2?</source>
        <translation>Microsoft がプロファイル %2 の CSP テナント %1 を確認したことを記録しますか?</translation>
    </message>
</context>
<context>
    <name>incentives::gui::BankProfilesModel</name>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>銀行の国</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>口座</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Default for</source>
        <translation>既定の拠点</translation>
    </message>
    <message>
        <source>Credit note: %1</source>
        <translation>クレジット ノート: %1</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ChangePasswordDialog</name>
    <message>
        <source>You signed in with a temporary password. Choose your own to go on.</source>
        <translation>一時パスワードでサインインしました。続行するには、独自のパスワードを設定してください。</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>新しいパスワードを選択してください。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>入力された 2 つの新しいパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ClassroomDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the class</source>
        <translation>クラスを更新</translation>
    </message>
    <message>
        <source>Re&amp;set sandbox…</source>
        <translation>サンドボックスをリセット(&amp;S)…</translation>
    </message>
    <message>
        <source>Reset the selected trainee&apos;s sandbox</source>
        <translation>選択した受講者のサンドボックスをリセット</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a template file</source>
        <translation>テンプレート ファイルを選択</translation>
    </message>
    <message>
        <source>&amp;Create sandboxes</source>
        <translation>サンドボックスを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Create the sandboxes</source>
        <translation>サンドボックスを作成</translation>
    </message>
    <message>
        <source>Class dashboard</source>
        <translation>クラスのダッシュボード</translation>
    </message>
    <message>
        <source>Each trainee works in a sandbox of their own: a whole organization on this server, which only their login can open. Their progress through the guided scenarios shows here as they go.</source>
        <translation>受講者はそれぞれ専用のサンドボックスで作業します。このサーバー上の組織全体で、本人のログインでしか開けません。ガイド付きシナリオの進捗は、進むにつれてここに表示されます。</translation>
    </message>
    <message>
        <source>Trainees and their progress</source>
        <translation>受講者と進捗</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>完了したステップ</translation>
    </message>
    <message>
        <source>On this step</source>
        <translation>このステップ</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>New sandboxes</source>
        <translation>新しいサンドボックス</translation>
    </message>
    <message>
        <source>Trainee logins</source>
        <translation>受講者のログイン</translation>
    </message>
    <message>
        <source>Logins, separated by commas or spaces</source>
        <translation>ログイン名 (カンマまたはスペース区切り)</translation>
    </message>
    <message>
        <source>&amp;Trainees:</source>
        <translation>受講者(&amp;T):</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation>テンプレート ファイル</translation>
    </message>
    <message>
        <source>Empty: the built-in demo</source>
        <translation>空欄: 組み込みのデモ</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>テンプレート(&amp;E):</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No trainee has a sandbox yet: name them below.</source>
        <translation>まだサンドボックスを持つ受講者はいません。下で指定してください。</translation>
    </message>
    <message>
        <source>Reset a sandbox</source>
        <translation>サンドボックスのリセット</translation>
    </message>
    <message>
        <source>Rebuild the sandbox of %1 from its template? Everything done in it, and the scenario progress, is lost; the other trainees&apos; sandboxes stay as they are.</source>
        <translation>%1 のサンドボックスをテンプレートから作り直しますか? その中で行った作業とシナリオの進捗は失われます。他の受講者のサンドボックスはそのままです。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>そのままにする</translation>
    </message>
    <message>
        <source>The sandbox of %1 is back to its template.</source>
        <translation>%1 のサンドボックスはテンプレートの状態に戻りました。</translation>
    </message>
    <message>
        <source>Choose a demo template</source>
        <translation>デモ テンプレートを選択</translation>
    </message>
    <message>
        <source>Demo templates (*.json)</source>
        <translation>デモ テンプレート (*.json)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (new login, password %3)</source>
        <translation>%1: %2 (新しいログイン、パスワード %3)</translation>
    </message>
    <message>
        <source>Sandboxes created:</source>
        <translation>作成したサンドボックス:</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Use it when the server offers it</source>
        <translation>サーバーが対応している場合に使用する</translation>
    </message>
    <message>
        <source>Require it</source>
        <translation>必須にする</translation>
    </message>
    <message>
        <source>Require it and verify the server&apos;s certificate</source>
        <translation>必須にし、サーバーの証明書を検証する</translation>
    </message>
    <message>
        <source>Never (trusted networks only)</source>
        <translation>使用しない (信頼できるネットワークのみ)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>サーバーのホスト名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>データベース名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the database user name.</source>
        <translation>データベースのユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Connected, but the password could not be kept in the keychain: %1</source>
        <translation>接続しましたが、パスワードをキーチェーンに保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>incentives::gui::DefaultProfilesDialog</name>
    <message>
        <source>Manage default profiles</source>
        <translation>既定のプロファイルの管理</translation>
    </message>
    <message>
        <source>The bank profile becomes the default of every location checked; their enrollments paid from the default that have no currency yet take the currency.</source>
        <translation>銀行プロファイルはチェックした各拠点の既定になります。既定から支払われ、まだ通貨がない登録にはこの通貨が設定されます。</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>銀行プロファイル</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>&amp;Bank profile:</source>
        <translation>銀行プロファイル(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>通貨(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Locations:</source>
        <translation>拠点(&amp;L):</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2、%3)</translation>
    </message>
    <message>
        <source>Choose a bank profile.</source>
        <translation>銀行プロファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::EligibilityDialog</name>
    <message>
        <source>%1 has no eligibility criteria: it is open to every location.</source>
        <translation>%1 には資格条件がありません。すべての拠点が対象です。</translation>
    </message>
    <message>
        <source>%1 meets every requirement of %2.</source>
        <translation>%1 は %2 のすべての要件を満たしています。</translation>
    </message>
    <message>
        <source>%1 does not meet 1 requirement of %2.</source>
        <translation>%1 は %2 の要件のうち 1 件を満たしていません。</translation>
    </message>
    <message>
        <source>%1 does not meet %2 requirements of %3.</source>
        <translation>%1 は %3 の要件のうち %2 件を満たしていません。</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>不適合</translation>
    </message>
</context>
<context>
    <name>incentives::gui::GettingStartedPage</name>
    <message>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Incentives Desk follows Partner Center&apos;s incentive enrollment step by step. Each step below links to the screen where it is done.</source>
        <translation>Incentives Desk は、Partner Center のインセンティブ登録を手順どおりに再現します。以下の各手順には、その操作を行う画面へのリンクがあります。</translation>
    </message>
    <message>
        <source>1. Roles: who may enroll</source>
        <translation>1. ロール: 登録できるユーザー</translation>
    </message>
    <message>
        <source>Only an &lt;b&gt;Incentives admin&lt;/b&gt; enrolls a location in incentive programs, and each location PartnerID has at most one. An &lt;b&gt;Account admin&lt;/b&gt; assigns the role, to someone else or to themselves, in %1. An &lt;b&gt;Incentives user&lt;/b&gt; sees the workspace of their locations but cannot enroll or see full bank details. %2 shows what you hold.</source>
        <translation>拠点をインセンティブ プログラムに登録できるのは&lt;b&gt;インセンティブ管理者&lt;/b&gt;だけで、各拠点の PartnerID につき最大 1 人です。&lt;b&gt;アカウント管理者&lt;/b&gt;は、%1 で他のユーザーまたは自分自身にこのロールを割り当てます。&lt;b&gt;インセンティブ ユーザー&lt;/b&gt;は担当拠点のワークスペースを表示できますが、登録したり、銀行情報をすべて表示したりすることはできません。自分のロールは %2 で確認できます。</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>ユーザーとロール</translation>
    </message>
    <message>
        <source>My access</source>
        <translation>自分のアクセス権</translation>
    </message>
    <message>
        <source>2. The enrollment invitation</source>
        <translation>2. 登録への招待</translation>
    </message>
    <message>
        <source>When a location becomes eligible for a program, its Incentives admin receives the email &lt;i&gt;Partner Incentive Enrollment Invitation&lt;/i&gt; from Microsoft Partner Center in the %1; &lt;b&gt;Get Started&lt;/b&gt; opens the invitation. It is also shown once on %2, and &lt;b&gt;Enroll&lt;/b&gt; in the %3 always works. Programs open to all send no email: their invitation is shown in the workspace only. A location without an Incentives admin keeps its invitations until an Account admin assigns one.</source>
        <translation>拠点がプログラムの対象になると、その拠点のインセンティブ管理者の %1 に、Microsoft Partner Center からメール「&lt;i&gt;パートナー インセンティブ登録への招待&lt;/i&gt;」が届きます。&lt;b&gt;開始&lt;/b&gt;を選択すると招待が開きます。この招待は %2 にも 1 回表示され、%3 の&lt;b&gt;登録&lt;/b&gt;はいつでも使用できます。全員が対象のプログラムではメールは送信されず、招待はワークスペースにのみ表示されます。インセンティブ管理者のいない拠点では、アカウント管理者が管理者を割り当てるまで招待が保留されます。</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>受信トレイ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Incentives workspace</source>
        <translation>インセンティブ ワークスペース</translation>
    </message>
    <message>
        <source>3. Payout and tax profiles</source>
        <translation>3. 支払いプロファイルと税務プロファイル</translation>
    </message>
    <message>
        <source>The invitation shows the location&apos;s default bank profile and its tax profile. When everything the program needs is on file, select &lt;b&gt;Submit&lt;/b&gt;; otherwise &lt;b&gt;Continue&lt;/b&gt; opens %1 with the missing parts marked. Accepting an invitation alone never enrolls: Microsoft validates the profiles first, within 48 hours. Profiles can be edited at any time, and an edit sends the enrollments that use them back to validation.</source>
        <translation>招待には、拠点の既定の銀行プロファイルと税務プロファイルが表示されます。プログラムに必要な情報がすべて登録されている場合は、&lt;b&gt;送信&lt;/b&gt;を選択します。そうでない場合は、&lt;b&gt;続行&lt;/b&gt;を選択すると、不足している部分がマークされた状態で %1 が開きます。招待を承諾しただけでは登録されません。まず Microsoft が 48 時間以内にプロファイルを検証します。プロファイルはいつでも編集でき、編集すると、そのプロファイルを使用している登録は検証に戻ります。</translation>
    </message>
    <message>
        <source>Payout and tax profiles</source>
        <translation>支払いプロファイルと税務プロファイル</translation>
    </message>
    <message>
        <source>4. Statuses</source>
        <translation>4. 状態</translation>
    </message>
    <message>
        <source>The Status column of the %1 says where each enrollment stands, and the Actions required column what to do next:</source>
        <translation>%1 の [状態] 列には各登録の現在の状況が、[必要なアクション] 列には次に行うことが表示されます:</translation>
    </message>
    <message>
        <source>an invitation was sent; enrollment has not started.</source>
        <translation>招待が送信されました。登録はまだ開始されていません。</translation>
    </message>
    <message>
        <source>the invitation was accepted; bank or tax details are missing, outdated or rejected.</source>
        <translation>招待が承諾されました。銀行情報または税務情報が不足しているか、古いか、却下されています。</translation>
    </message>
    <message>
        <source>the details were submitted or changed; Microsoft validates them within 48 hours.</source>
        <translation>情報が送信または変更されました。Microsoft が 48 時間以内に検証します。</translation>
    </message>
    <message>
        <source>bank and tax details are validated; nothing more to do.</source>
        <translation>銀行情報と税務情報が検証されました。これ以上の操作は必要ありません。</translation>
    </message>
    <message>
        <source>the location misses current eligibility criteria; &lt;i&gt;See eligibility requirements&lt;/i&gt; lists them.</source>
        <translation>拠点が現在の資格条件を満たしていません。&lt;i&gt;資格要件を表示&lt;/i&gt;で一覧を確認できます。</translation>
    </message>
    <message>
        <source>the program is not open, or re-enrollment failed (for example, the agreement expired).</source>
        <translation>プログラムが受付中ではないか、再登録に失敗しました (例: 契約の有効期限切れ)。</translation>
    </message>
    <message>
        <source>the program is no longer offered.</source>
        <translation>プログラムは提供されなくなりました。</translation>
    </message>
    <message>
        <source>5. Expiry and automatic renewal</source>
        <translation>5. 有効期限と自動更新</translation>
    </message>
    <message>
        <source>Microsoft&apos;s fiscal year runs from 1 July to 30 June, and enrollments expire at its end. On 1 July an Enrolled enrollment renews by itself when the location is still eligible, its agreement is active, and its payout and tax details are complete and valid. Otherwise it becomes Inactive or Enrolling, with the reason in Actions required.</source>
        <translation>Microsoft の会計年度は 7 月 1 日から 6 月 30 日までで、登録は会計年度末に期限切れになります。7 月 1 日に、「登録済み」の登録は、拠点が引き続き資格を満たし、契約が有効で、支払い情報と税務情報がそろっていて有効な場合に自動的に更新されます。そうでない場合は「非アクティブ」または「登録中」になり、その理由が [必要なアクション] に表示されます。</translation>
    </message>
    <message>
        <source>In this demo database, the %1 move the clock (for example to the fiscal-year end) and play Microsoft&apos;s validation, and the %2 walk through each step.</source>
        <translation>このデモ データベースでは、%1 で時計を進めたり (例: 会計年度末まで)、Microsoft による検証を再現したりできます。また、%2 で各手順を順に実行できます。</translation>
    </message>
    <message>
        <source>Presenter tools</source>
        <translation>プレゼンター ツール</translation>
    </message>
    <message>
        <source>guided scenarios</source>
        <translation>ガイド付きシナリオ</translation>
    </message>
    <message>
        <source>Records and printouts</source>
        <translation>記録と印刷</translation>
    </message>
    <message>
        <source>Every change is recorded in the %1. File → Export workspace saves the workspace as it is filtered to a CSV file, and a %2 prints a location&apos;s enrollments and profiles. Language, auto-lock and the default database are in %3.</source>
        <translation>すべての変更は %1 に記録されます。[ファイル] → [ワークスペースをエクスポート] で、フィルター適用後のワークスペースを CSV ファイルに保存できます。また、%2 で拠点の登録とプロファイルを印刷できます。言語、自動ロック、既定のデータベースは %3 で設定します。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>location summary</source>
        <translation>拠点の概要</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>incentives::gui::HomePage</name>
    <message>
        <source>Invitation</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>ようこそ、%1 さん</translation>
    </message>
    <message>
        <source>Partner Incentive Enrollment Invitation: %1 for %2 (%3)</source>
        <translation>パートナー インセンティブ登録への招待: %2 (%3) の %1</translation>
    </message>
    <message>
        <source>Select to start the enrollment. Invited %1.</source>
        <translation>選択すると登録を開始します。招待日時: %1。</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>対応が必要な項目はありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3): %4</source>
        <extracomment>program — location (PartnerID): what to do</extracomment>
        <translation>%1 — %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <extracomment>subject — due date</extracomment>
        <translation>%1 — 期限 %2</translation>
    </message>
    <message>
        <source>Mandatory actions (%1)</source>
        <translation>必須のアクション (%1)</translation>
    </message>
    <message>
        <source>Organization logo</source>
        <translation>組織のロゴ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message numerus="yes">
        <source>The newest %L1 of more than %Ln invitations.</source>
        <translation>
            <numerusform>%Ln 件を超える招待のうち最新の %L1 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %L1 of %Ln invitations.</source>
        <translation>
            <numerusform>%Ln 件の招待のうち最新の %L1 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>incentives::gui::ImportDialog</name>
    <message>
        <source>Import users</source>
        <translation>ユーザーのインポート</translation>
    </message>
    <message>
        <source>Import locations</source>
        <translation>拠点のインポート</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8) whose first line names the columns. Required: %1. Optional: %2. Nothing is imported unless every row is valid.</source>
        <translation>1 行目に列名を書いた CSV ファイル (UTF-8)。必須: %1。任意: %2。すべての行が有効な場合にだけインポートします。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>インポートする CSV ファイル</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ファイルの選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>CSV ファイルを選択</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>ファイルの行</translation>
    </message>
    <message>
        <source>Each row of the file with what is wrong with it, if anything</source>
        <translation>ファイルの各行と、その問題 (ある場合)</translation>
    </message>
    <message>
        <source>Choose a file to see its rows.</source>
        <translation>ファイルを選択すると行が表示されます。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>すべての行をインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>⚠ %1 of %2 rows have a problem. Correct the file and choose it again; nothing is imported until every row is valid.</source>
        <translation>⚠ %2 行中 %1 行に問題があります。ファイルを修正して選び直してください。すべての行が有効になるまで何もインポートされません。</translation>
    </message>
    <message>
        <source>%1 rows are ready to import.</source>
        <translation>%1 行をインポートできます。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::InboxModel</name>
    <message>
        <source>Unread: %1</source>
        <translation>未読: %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Dismissed on %1</source>
        <translation>%1 に却下</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>%1 に完了</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>incentives::gui::InboxPage</name>
    <message>
        <source>From: %1

%2</source>
        <translation>差出人: %1

%2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>未完了のアクションはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s). Mandatory ones stay open until they are done.</source>
        <translation>
            <numerusform>未完了のアクション %n 件。必須のアクションは完了するまで開いたままです。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>kind · priority · state, e.g. &quot;Tax form expiring · Mandatory · Open&quot;</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · 期限 %1</translation>
    </message>
    <message>
        <source>&amp;Get Started</source>
        <translation>開始(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>A mandatory action closes once it is done.</source>
        <translation>必須のアクションは完了すると閉じられます。</translation>
    </message>
    <message>
        <source>The first %1 of %2 messages are listed, open ones first; more follow as you scroll.</source>
        <extracomment>%1 messages listed of %2 in all</extracomment>
        <translation>%2 件のメッセージのうち最初の %1 件を表示しています（未完了のものが先）。スクロールすると続きを表示します。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::InvitationDialog</name>
    <message>
        <source>&amp;Submit</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>続行(&amp;O)</translation>
    </message>
    <message>
        <source>Partner Incentive Enrollment — %1</source>
        <translation>パートナー インセンティブの登録 — %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3) · %4 · %5</source>
        <translation>%1 (%2、%3) · %4 · %5</translation>
    </message>
    <message>
        <source>No bank profile is set for this location</source>
        <translation>この拠点には銀行プロファイルが設定されていません</translation>
    </message>
    <message>
        <source> (the location&apos;s default)</source>
        <translation> (拠点の既定)</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>登録なし</translation>
    </message>
    <message>
        <source>Microsoft has all the bank and tax details this program needs. Select Submit to finalize the enrollment; validation takes up to 48 hours.</source>
        <translation>このプログラムに必要な銀行情報と税務情報はすべて Microsoft に登録されています。[送信] を選択して登録を完了してください。検証には最大 48 時間かかります。</translation>
    </message>
    <message>
        <source>More information is needed. Select Continue to complete:</source>
        <translation>追加の情報が必要です。[続行] を選択して、次の項目を完成させてください:</translation>
    </message>
    <message>
        <source>Accept the program terms first.</source>
        <translation>先にプログラム条件に同意してください。</translation>
    </message>
    <message>
        <source>Accept the terms and complete the missing bank or tax details on the profiles page</source>
        <translation>条件に同意し、プロファイル ページで不足している銀行情報または税務情報を入力します</translation>
    </message>
</context>
<context>
    <name>incentives::gui::LocationDialog</name>
    <message>
        <source>Edit location %1</source>
        <translation>拠点 %1 の編集</translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation>拠点を追加</translation>
    </message>
    <message>
        <source>Record the location as Partner Center shows it. Its legal entity name is the name a bank account paying it must carry.</source>
        <translation>パートナー センターに表示されるとおりに拠点を記録します。法人名は、支払先の銀行口座の名義と一致する必要があります。</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>PartnerID</translation>
    </message>
    <message>
        <source>7 digits, e.g. 4649101</source>
        <translation>7 桁 (例: 4649101)</translation>
    </message>
    <message>
        <source>&amp;PartnerID:</source>
        <translation>PartnerID(&amp;P):</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>拠点名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Legal entity name</source>
        <translation>法人名</translation>
    </message>
    <message>
        <source>&amp;Legal entity name:</source>
        <translation>法人名(&amp;L):</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国(&amp;C):</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>市区町村(&amp;I):</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A):</translation>
    </message>
    <message>
        <source>Partner program agreement</source>
        <translation>パートナー プログラム契約</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>契約(&amp;G):</translation>
    </message>
    <message>
        <source>Holds a &amp;Solutions Partner designation</source>
        <translation>Solutions Partner の認定あり(&amp;S)</translation>
    </message>
    <message>
        <source>Solutions Partner designation</source>
        <translation>Solutions Partner 認定</translation>
    </message>
    <message>
        <source>CSP in&amp;direct reseller</source>
        <translation>CSP 間接リセラー(&amp;D)</translation>
    </message>
    <message>
        <source>CSP indirect reseller</source>
        <translation>CSP 間接リセラー</translation>
    </message>
    <message>
        <source>CSP di&amp;rect-bill partner</source>
        <translation>CSP 直接請求パートナー(&amp;R)</translation>
    </message>
    <message>
        <source>CSP direct-bill partner</source>
        <translation>CSP 直接請求パートナー</translation>
    </message>
    <message>
        <source>Trailing twelve-month revenue in US dollars</source>
        <translation>過去 12 か月の売上高 (米ドル)</translation>
    </message>
    <message>
        <source>Re&amp;venue (12 months):</source>
        <translation>売上高 (12 か月)(&amp;V):</translation>
    </message>
    <message>
        <source>New customers in the trailing year</source>
        <translation>過去 1 年間の新規顧客</translation>
    </message>
    <message>
        <source>New c&amp;ustomers (12 months):</source>
        <translation>新規顧客 (12 か月)(&amp;U):</translation>
    </message>
</context>
<context>
    <name>incentives::gui::LocationPicker</name>
    <message>
        <source>All locations — type a PartnerID or a name</source>
        <translation>すべての拠点 — PartnerID または名前を入力</translation>
    </message>
    <message>
        <source>Matching locations</source>
        <translation>一致する拠点</translation>
    </message>
    <message>
        <source>More locations match: type more of the name or PartnerID</source>
        <translation>他にも一致する拠点があります。名前または PartnerID をさらに入力してください</translation>
    </message>
</context>
<context>
    <name>incentives::gui::MainWindow</name>
    <message>
        <source>Guided scenarios</source>
        <translation>ガイド付きシナリオ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Incentives workspace</source>
        <translation>インセンティブ ワークスペース</translation>
    </message>
    <message>
        <source>Payout and tax profiles</source>
        <translation>支払いプロファイルと税務プロファイル</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>ユーザーとロール</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>My access</source>
        <translation>自分のアクセス権</translation>
    </message>
    <message>
        <source>Presenter tools</source>
        <translation>プレゼンター ツール</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>再読み込みしました</translation>
    </message>
    <message>
        <source>DEMO CLOCK %1</source>
        <translation>デモ時計 %1</translation>
    </message>
    <message>
        <source>This is a demo database: its clock is set by the presenter (%1).</source>
        <translation>これはデモ データベースです。時計はプレゼンターが設定しています (%1)。</translation>
    </message>
    <message>
        <source>The app clock</source>
        <translation>アプリの時計</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Submitted %1 for %2: Validating enrollment.</source>
        <translation>%2 の %1 を送信しました: 登録の検証中。</translation>
    </message>
    <message>
        <source>About Incentives Desk</source>
        <translation>Incentives Desk のバージョン情報</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db)</source>
        <translation>Incentives Desk データベース (*.db)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1 にバックアップしました</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>バックアップからの復元</translation>
    </message>
    <message>
        <source>Replace the current data with %1? Changes made since that backup are lost.</source>
        <translation>現在のデータを %1 で置き換えますか? そのバックアップ以降に行われた変更は失われます。</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>%1 から復元しました</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>データベースのチェック</translation>
    </message>
    <message>
        <source>The database is intact: its pages, its references and the audit log&apos;s chain.</source>
        <translation>データベースは正常です: ページ、参照、監査ログのチェーンに問題はありません。</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>バックアップを書き込んでいます…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>データベースをチェックしています…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity</source>
        <translation>無操作時の自動ロック(&amp;I)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Updated with changes made by someone else.</source>
        <translation>他のユーザーによる変更で更新しました。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>データベース ファイルを開く</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db);;All files (*)</source>
        <translation>Incentives Desk データベース (*.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Incentives Desk %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for Partner Center&apos;s incentive enrollment: roles, invitations, payout and tax profiles, validation and renewal.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Incentives Desk %1&lt;/h3&gt;&lt;p&gt;Partner Center のインセンティブ登録のためのデスクトップ ワークベンチです。ロール、招待、支払いプロファイルと税務プロファイル、検証、更新を扱います。&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Qt %3 でビルド、Qt %4 で実行中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Distributed under the terms in the LICENSE file that comes with it; it is provided without warranty.</source>
        <translation>付属の LICENSE ファイルに記載された条件に基づいて配布されます。無保証で提供されます。</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>ワークスペースのエクスポート</translation>
    </message>
    <message>
        <source>No enrollments match these filters.</source>
        <translation>これらのフィルターに一致する登録はありません。</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n enrollment(s) to %1</source>
        <translation>
            <numerusform>%n 件の登録を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>エクスポートを取り消しました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>The default database opens from the next start: %1</source>
        <translation>次回の起動から既定のデータベースが開きます: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Incentives Desk shows the new language when it starts again. Restart it now?</source>
        <translation>新しい言語は Incentives Desk の再起動後に表示されます。今すぐ再起動しますか?</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>新しい言語は次回の起動から適用されます。</translation>
    </message>
    <message>
        <source>Incentives Desk could not be started again; the new language applies from the next start.</source>
        <translation>Incentives Desk を再起動できませんでした。新しい言語は次回の起動から適用されます。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The database is damaged: nothing will be written to it.</source>
        <translation>データベースが破損しています。書き込みは行われません。</translation>
    </message>
    <message>
        <source>Action Center</source>
        <translation>アクション センター</translation>
    </message>
    <message>
        <source>Renewal forecast</source>
        <translation>更新予測</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Action Center (%1)</source>
        <translation>アクション センター (%1)</translation>
    </message>
    <message>
        <source>&amp;Action Center (%1)</source>
        <translation>アクション センター (%1)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Action Center</source>
        <translation>アクション センター(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>未完了のアクション %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation>未完了のアクションはありません</translation>
    </message>
    <message>
        <source>New &amp;demo…</source>
        <translation>新しいデモ(&amp;D)…</translation>
    </message>
    <message>
        <source>New demo</source>
        <translation>新しいデモ</translation>
    </message>
    <message>
        <source>Export demo as template</source>
        <translation>デモをテンプレートとしてエクスポート</translation>
    </message>
    <message>
        <source>Demo templates (*.json)</source>
        <translation>デモ テンプレート (*.json)</translation>
    </message>
    <message>
        <source>Exported the demo as the template %1</source>
        <translation>デモをテンプレート %1 としてエクスポートしました</translation>
    </message>
    <message>
        <source>Export demo as tem&amp;plate…</source>
        <translation>デモをテンプレートとしてエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Profile assignment</source>
        <translation>プロファイルの割り当て</translation>
    </message>
</context>
<context>
    <name>incentives::gui::MyAccessPage</name>
    <message>
        <source>%1 — the whole organization</source>
        <translation>%1 — 組織全体</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>You hold no incentives role yet.</source>
        <translation>インセンティブのロールはまだありません。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::NewDemoDialog</name>
    <message>
        <source>New demo</source>
        <translation>新しいデモ</translation>
    </message>
    <message>
        <source>A new demo database: the built-in demo organization, or a customer&apos;s organization described in a demo template.</source>
        <translation>新しいデモ データベース: 組み込みのデモ組織、またはデモ テンプレートに記述された顧客の組織。</translation>
    </message>
    <message>
        <source>About new demos</source>
        <translation>新しいデモについて</translation>
    </message>
    <message>
        <source>The &amp;built-in demo (Contoso Ltd)</source>
        <translation>組み込みのデモ (Contoso Ltd)(&amp;B)</translation>
    </message>
    <message>
        <source>The built-in demo</source>
        <translation>組み込みのデモ</translation>
    </message>
    <message>
        <source>From a demo &amp;template:</source>
        <translation>デモ テンプレートから(&amp;T):</translation>
    </message>
    <message>
        <source>From a demo template</source>
        <translation>デモ テンプレートから</translation>
    </message>
    <message>
        <source>Demo template file</source>
        <translation>デモ テンプレート ファイル</translation>
    </message>
    <message>
        <source>A demo template file (.json)</source>
        <translation>デモ テンプレート ファイル (.json)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose a demo template</source>
        <translation>デモ テンプレートを選択</translation>
    </message>
    <message>
        <source>&amp;Save the new database as:</source>
        <translation>新しいデータベースの保存先(&amp;S):</translation>
    </message>
    <message>
        <source>Save the new database as</source>
        <translation>新しいデータベースの保存先</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>新しいデータベース ファイル</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>保存先を選択</translation>
    </message>
    <message>
        <source>What stops the demo</source>
        <translation>デモを妨げている点</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>ダイアログのボタン</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Demo templates (*.json);;All files (*)</source>
        <translation>デモ テンプレート (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save the new demo as</source>
        <translation>新しいデモの保存先</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db)</source>
        <translation>Incentives Desk データベース (*.db)</translation>
    </message>
    <message>
        <source>This is the database the window has open; choose another file.</source>
        <translation>このデータベースはウィンドウで開いています。別のファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::OutcomeDialog</name>
    <message>
        <source>Record Microsoft&apos;s outcome</source>
        <translation>Microsoft の結果を記録</translation>
    </message>
    <message>
        <source>Record what Partner Center reports for %1 at %2. Only Microsoft validates: record its decision once Partner Center shows it.</source>
        <translation>%2 の %1 についてパートナー センターが報告した内容を記録します。検証するのは Microsoft だけです。パートナー センターに表示されたら、その決定を記録してください。</translation>
    </message>
    <message>
        <source>&amp;Approved: the enrollment is Enrolled</source>
        <translation>承認(&amp;A): 登録は登録済みになります</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>&amp;Rejected: the enrollment needs action</source>
        <translation>却下(&amp;R): 登録に対応が必要です</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Reason Partner Center gives</source>
        <translation>パートナー センターが示す理由</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E):</translation>
    </message>
</context>
<context>
    <name>incentives::gui::PeopleModel</name>
    <message>
        <source>No incentives role</source>
        <translation>インセンティブのロールなし</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
</context>
<context>
    <name>incentives::gui::PresenterPage</name>
    <message>
        <source>One hour later.</source>
        <translation>1 時間後。</translation>
    </message>
    <message>
        <source>One day later.</source>
        <translation>1 日後。</translation>
    </message>
    <message>
        <source>48 hours later: every validation submitted before has ended.</source>
        <translation>48 時間後: それまでに送信されたすべての検証が完了しました。</translation>
    </message>
    <message>
        <source>The fiscal year ended: renewals are done.</source>
        <translation>会計年度が終了しました: 更新が完了しました。</translation>
    </message>
    <message>
        <source>The demo clock is set.</source>
        <translation>デモ時計を設定しました。</translation>
    </message>
    <message>
        <source>Microsoft approved %1 for %2.</source>
        <translation>Microsoft が %2 の %1 を承認しました。</translation>
    </message>
    <message>
        <source>Microsoft rejected %1 for %2.</source>
        <translation>Microsoft が %2 の %1 を却下しました。</translation>
    </message>
    <message>
        <source>%1 is closed for enrollment.</source>
        <translation>%1 の登録受付を終了しました。</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 の受付を再開しました。</translation>
    </message>
    <message>
        <source>Discontinue</source>
        <translation>提供終了</translation>
    </message>
    <message>
        <source>Discontinue %1? Every enrollment in it becomes Discontinued, for good.</source>
        <translation>%1 を提供終了にしますか? このプログラムのすべての登録が「提供終了」になり、元に戻すことはできません。</translation>
    </message>
    <message>
        <source>%1 is discontinued.</source>
        <translation>%1 を提供終了にしました。</translation>
    </message>
    <message>
        <source>%1 is published; eligibility is judged.</source>
        <translation>%1 を公開し、資格を判定しました。</translation>
    </message>
    <message>
        <source>Saved %1; eligibility is judged again.</source>
        <translation>%1 を保存し、資格を再判定しました。</translation>
    </message>
    <message>
        <source>Saved the snapshot &apos;%1&apos;.</source>
        <translation>スナップショット「%1」を保存しました。</translation>
    </message>
    <message>
        <source>%1 — %2, which ends on %3</source>
        <translation>%1 — %2 (%3 に終了)</translation>
    </message>
    <message>
        <source>%1 — %2 (due %3)</source>
        <translation>%1 — %2 (期限 %3)</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>デモのリセット</translation>
    </message>
    <message>
        <source>Go back to the shipped demo data? Everything done since is lost unless you saved a snapshot.</source>
        <translation>出荷時のデモ データに戻しますか? スナップショットを保存していない場合、それ以降に行った操作はすべて失われます。</translation>
    </message>
    <message>
        <source>The demo is back to its shipped state.</source>
        <translation>デモを出荷時の状態に戻しました。</translation>
    </message>
    <message>
        <source>Load snapshot</source>
        <translation>スナップショットの読み込み</translation>
    </message>
    <message>
        <source>Replace the current demo with the snapshot &apos;%1&apos;?</source>
        <translation>現在のデモをスナップショット「%1」で置き換えますか?</translation>
    </message>
    <message>
        <source>Loaded the snapshot &apos;%1&apos;.</source>
        <translation>スナップショット「%1」を読み込みました。</translation>
    </message>
    <message>
        <source>Type a PartnerID or a name</source>
        <translation>PartnerID または名前を入力</translation>
    </message>
    <message>
        <source>The first %1 are listed; type a program, PartnerID or location to find the others.</source>
        <translation>最初の %1 件を表示しています。他を探すにはプログラム、PartnerID、拠点を入力してください。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ProfilesPage</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>none — %1 needed</source>
        <translation>なし — %1 が必要</translation>
    </message>
    <message>
        <source> · valid until %1</source>
        <translation> · %1 まで有効</translation>
    </message>
    <message>
        <source>&amp;Make default for the location</source>
        <translation>拠点の既定に設定(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Make default for %1</source>
        <translation>%1 の既定に設定(&amp;M)</translation>
    </message>
    <message>
        <source>To continue enrolling %1 in %2, complete the tax profile of this location, then select Enroll again in the workspace.</source>
        <translation>%1 の %2 への登録を続行するには、この拠点の税務プロファイルを完成させてから、ワークスペースでもう一度 [登録] を選択してください。</translation>
    </message>
    <message>
        <source>To continue enrolling %1 in %2, add or choose a bank profile the program can pay (%3) and make it the location&apos;s default, then select Enroll again.</source>
        <translation>%1 の %2 への登録を続行するには、プログラムが支払いを行える銀行プロファイル (%3) を追加または選択して拠点の既定に設定してから、もう一度 [登録] を選択してください。</translation>
    </message>
    <message>
        <source>Default bank profile</source>
        <translation>既定の銀行プロファイル</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>税務プロファイル</translation>
    </message>
    <message>
        <source>Choose a location first.</source>
        <translation>先に拠点を選んでください。</translation>
    </message>
    <message>
        <source>Select a bank profile first.</source>
        <translation>先に銀行プロファイルを選択してください。</translation>
    </message>
    <message>
        <source>Type a PartnerID or a name</source>
        <translation>PartnerID または名前を入力</translation>
    </message>
    <message>
        <source>The first %1 bank profiles are listed; search for a name to find the others.</source>
        <translation>最初の %1 件の銀行プロファイルを表示しています。他を探すには名前で検索してください。</translation>
    </message>
    <message>
        <source>Tax profile to edit</source>
        <translation>編集する税務プロファイル</translation>
    </message>
    <message>
        <source>Add a&amp;nother tax profile…</source>
        <translation>税務プロファイルをさらに追加(&amp;N)…</translation>
    </message>
    <message>
        <source>Add another tax profile</source>
        <translation>税務プロファイルをさらに追加</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>#%1 %2 · %3</translation>
    </message>
    <message>
        <source> · location default</source>
        <translation> · 拠点の既定</translation>
    </message>
    <message>
        <source>Add the location&apos;s first tax profile with Edit tax profile.</source>
        <translation>拠点の最初の税務プロファイルは「税務プロファイルを編集」で作成してください。</translation>
    </message>
    <message>
        <source>%1 tax profiles on file; choose one below to edit it or to see its documents.</source>
        <translation>%1 件の税務プロファイルがあります。下で 1 件を選んで編集するか、その書類を表示してください。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ProgramsPage</name>
    <message>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Every incentive program with its state; the selected one&apos;s guide is below</source>
        <translation>すべてのインセンティブ プログラムとその状態。選択したプログラムのガイドは下に表示されます</translation>
    </message>
    <message>
        <source>Program guide</source>
        <translation>プログラム ガイド</translation>
    </message>
    <message>
        <source>&amp;Record program…</source>
        <translation>プログラムの記録(&amp;R)…</translation>
    </message>
    <message>
        <source>Record a program Partner Center shows</source>
        <translation>パートナー センターに表示されるプログラムを記録</translation>
    </message>
    <message>
        <source>Record &amp;invitation…</source>
        <translation>招待の記録(&amp;I)…</translation>
    </message>
    <message>
        <source>Record an invitation Partner Center shows for the selected program</source>
        <translation>選択したプログラムについてパートナー センターに表示される招待を記録</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>会計年度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>参加資格</translation>
    </message>
    <message>
        <source>Open to all</source>
        <translation>全員対象</translation>
    </message>
    <message>
        <source>No criteria</source>
        <translation>条件なし</translation>
    </message>
    <message>
        <source>No programs yet. Record the programs your Partner Center account shows.</source>
        <translation>プログラムはまだありません。パートナー センター アカウントに表示されるプログラムを記録してください。</translation>
    </message>
    <message>
        <source>No programs yet. An Account admin records them.</source>
        <translation>プログラムはまだありません。アカウント管理者が記録します。</translation>
    </message>
    <message>
        <source>Record an invitation</source>
        <translation>招待の記録</translation>
    </message>
    <message>
        <source>The location Partner Center shows an invitation to %1 for:</source>
        <translation>パートナー センターが %1 への招待を表示している拠点:</translation>
    </message>
    <message>
        <source>%1 at %2 is %3 now: it shows in the workspace.</source>
        <translation>%2 の %1 は %3 になりました。ワークスペースに表示されます。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::RecordProgramDialog</name>
    <message>
        <source>Record a program</source>
        <translation>プログラムの記録</translation>
    </message>
    <message>
        <source>Record the program as your Partner Center account shows it. Its invitations are recorded one by one: Record invitation… on this page.</source>
        <translation>パートナー センター アカウントに表示されるとおりにプログラムを記録します。招待はこのページの「招待の記録…」で 1 件ずつ記録します。</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>プログラム名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Payout currencies</source>
        <translation>支払い通貨</translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation>例: USD, EUR</translation>
    </message>
    <message>
        <source>Payout &amp;currencies:</source>
        <translation>支払い通貨(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Open to every location</source>
        <translation>すべての拠点が対象(&amp;O)</translation>
    </message>
    <message>
        <source>Open to every location</source>
        <translation>すべての拠点が対象</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>参加資格の条件</translation>
    </message>
    <message>
        <source>e.g. agreement; solutions-partner; revenue&gt;=50000</source>
        <translation>例: agreement; solutions-partner; revenue&gt;=50000</translation>
    </message>
    <message>
        <source>&amp;Eligibility criteria:</source>
        <translation>参加資格の条件(&amp;E):</translation>
    </message>
    <message>
        <source>Also pays by credit &amp;note</source>
        <translation>クレジット ノートでも支払う(&amp;N)</translation>
    </message>
    <message>
        <source>Also pays by credit note</source>
        <translation>クレジット ノートでも支払う</translation>
    </message>
    <message>
        <source>Program state</source>
        <translation>プログラムの状態</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状態(&amp;S):</translation>
    </message>
</context>
<context>
    <name>incentives::gui::RenewalPage</name>
    <message>
        <source>Renewal forecast</source>
        <translation>更新予測</translation>
    </message>
    <message>
        <source>One row per enrollment due at the fiscal-year end: whether it will renew, and if not, the condition that fails and what fixes it. Press Enter to show the enrollment in the workspace.</source>
        <translation>会計年度末に期限を迎える登録ごとに 1 行: 更新されるかどうか、されない場合は満たされない条件と解決方法。Enter キーでワークスペースに登録を表示します。</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Will renew</source>
        <translation>更新予定</translation>
    </message>
    <message>
        <source>Failing condition</source>
        <translation>満たされない条件</translation>
    </message>
    <message>
        <source>What fixes it</source>
        <translation>解決方法</translation>
    </message>
    <message>
        <source>Renewal forecast for the end of %1 (%2)</source>
        <translation>%1 末（%2）の更新予測</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>location name (PartnerID)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Will not renew: becomes %1</source>
        <translation>更新されません: %1 になります</translation>
    </message>
    <message>
        <source>Enrolled for %1</source>
        <translation>%1 に登録済み</translation>
    </message>
    <message>
        <source>Becomes %1 in %2</source>
        <translation>%2 に %1 になります</translation>
    </message>
    <message>
        <source>No condition fails</source>
        <translation>満たされない条件はありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>対応不要</translation>
    </message>
    <message>
        <source>No enrollment you can see is Enrolled, so none is due for renewal at this year end.</source>
        <translation>表示できる登録に登録済みのものがないため、今年度末に更新を迎えるものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s) due: </source>
        <translation>
            <numerusform>期限を迎える登録 %n 件: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will renew, </source>
        <translation>
            <numerusform>%n 件が更新、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will not.</source>
        <translation>
            <numerusform>%n 件が更新されません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>incentives::gui::RoleDialog</name>
    <message>
        <source>Add a user</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <source>Assign a role to %1</source>
        <translation>%1 へのロールの割り当て</translation>
    </message>
    <message>
        <source>No role yet</source>
        <translation>ロールなし</translation>
    </message>
    <message>
        <source>%1 is the Incentives admin of %2 now. A location has one: saving gives the role to this user instead.</source>
        <translation>現在、%1 が %2 のインセンティブ管理者です。1 つの拠点のインセンティブ管理者は 1 人だけのため、保存するとこのロールはこのユーザーに移ります。</translation>
    </message>
    <message>
        <source>%1 has no Incentives admin: its %2 waiting invitation(s) will reach this user&apos;s inbox at once.</source>
        <translation>%1 にはインセンティブ管理者がいません。保留中の %2 件の招待が、すぐにこのユーザーの受信トレイに届きます。</translation>
    </message>
    <message>
        <source>Account admins manage users and roles for the whole organization.</source>
        <translation>アカウント管理者は、組織全体のユーザーとロールを管理します。</translation>
    </message>
    <message>
        <source>Replace the Incentives admin</source>
        <translation>インセンティブ管理者の置き換え</translation>
    </message>
    <message>
        <source>%1 will lose the Incentives admin role for %2. Go on?</source>
        <translation>%1 は %2 のインセンティブ管理者ロールを失います。続行しますか?</translation>
    </message>
    <message>
        <source>Presenters run the demo: its clock, Microsoft&apos;s side, programs and snapshots.</source>
        <translation>プレゼンターはデモを進行します。時計、Microsoft 側の処理、プログラム、スナップショットを扱います。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>ロールを選んでください。</translation>
    </message>
    <message>
        <source>Choose the location.</source>
        <translation>拠点を選んでください。</translation>
    </message>
    <message>
        <source>%1 is added, with no role yet.</source>
        <translation>%1 を追加しました (ロールはまだありません)。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 は %2 になりました。</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3 (%4).</source>
        <extracomment>person, role, location name, PartnerID</extracomment>
        <translation>%1 は %3 (%4) の %2 になりました。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ScenariosPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>未完了: %1</translation>
    </message>
    <message>
        <source>All %1 steps done.</source>
        <translation>全 %1 手順が完了しました。</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%2 手順中 %1 手順が完了しました。</translation>
    </message>
    <message>
        <source>Start the scenario</source>
        <translation>シナリオの開始</translation>
    </message>
    <message>
        <source>Starting from the initial state resets the demo to its shipped data. Go on?</source>
        <translation>初期状態から開始すると、デモが出荷時のデータにリセットされます。続行しますか?</translation>
    </message>
    <message>
        <source>Highlight the control of the running scenario&apos;s next step</source>
        <translation>実行中のシナリオの次の手順で使うコントロールを強調表示します</translation>
    </message>
    <message>
        <source>Spotli&amp;ght</source>
        <translation>スポットライト(&amp;G)</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>すべてのステップが完了しました。</translation>
    </message>
    <message>
        <source>Step %1 has no notes.</source>
        <translation>ステップ %1 にはノートがありません。</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>ステップ %1: %2</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>シナリオ ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…ほか %1 件。</translation>
    </message>
    <message>
        <source>%1 is not a scenario that can be followed:

%2</source>
        <translation>%1 は利用できるシナリオではありません:

%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save a copy of the scenario</source>
        <translation>シナリオのコピーを保存</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>シナリオ ファイル (*.json)</translation>
    </message>
    <message>
        <source>Saved %1. Edit it in any text editor, then open it here with Open scenario.</source>
        <translation>%1 を保存しました。テキスト エディターで編集してから、[シナリオを開く] でここに開きます。</translation>
    </message>
    <message>
        <source>Write each step&apos;s text with a picture of the window when it was done as a PDF</source>
        <translation>各手順のテキストを、完了した時点のウィンドウの画像とともに PDF として書き出します</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>配布資料のエクスポート</translation>
    </message>
    <message>
        <source>Choose a scenario first.</source>
        <translation>先にシナリオを選択してください。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the handout to %1.</source>
        <translation>配布資料を %1 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>システムの言語 (%1)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Give the full path of the database file, starting with /.</source>
        <translation>データベース ファイルのフル パスを / から入力してください。</translation>
    </message>
    <message>
        <source>This is a folder; give the path of a database file in it.</source>
        <translation>これはフォルダーです。フォルダー内のデータベース ファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>既定のデータベース</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db);;All files (*)</source>
        <translation>Incentives Desk データベース (*.db);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>This is a demo database: choose who you are, no password needed. What you may see and do follows that user&apos;s roles.</source>
        <translation>これはデモ データベースです。サインインするユーザーを選択してください (パスワードは不要です)。表示や操作の範囲は、そのユーザーのロールによって決まります。</translation>
    </message>
    <message>
        <source>⚠ Choose a new password to go on.</source>
        <translation>⚠ 続行するには、新しいパスワードを選択してください。</translation>
    </message>
    <message>
        <source>Incentives Desk locked itself after a period of inactivity. Sign in again as %1 to go on where you left off.</source>
        <translation>一定時間操作がなかったため、Incentives Desk はロックされました。中断したところから続行するには、%1 としてもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>You locked Incentives Desk. Sign in again as %1 to go on where you left off.</source>
        <translation>Incentives Desk をロックしました。中断したところから続行するには、%1 としてもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Loading the people of this organization…</source>
        <translation>この組織のユーザーを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>incentives::gui::Spotlight</name>
    <message>
        <source>First open the “%1” tab.</source>
        <translation>まず「%1」タブを開きます。</translation>
    </message>
    <message>
        <source>First open “%1”.</source>
        <translation>まず「%1」を開きます。</translation>
    </message>
    <message>
        <source>The next step of the guided scenario</source>
        <translation>ガイド付きシナリオの次の手順</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SpotlightOverlay</name>
    <message>
        <source>Spotlight</source>
        <translation>スポットライト</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SummaryDialog</name>
    <message>
        <source>You have no role at any location, so there is nothing to summarize.</source>
        <translation>どの拠点にもロールがないため、概要を作成する対象がありません。</translation>
    </message>
    <message>
        <source>Enrollment summary %1</source>
        <translation>登録の概要 %1</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>印刷プレビュー — %1</translation>
    </message>
    <message>
        <source>Export the summary as PDF</source>
        <translation>概要を PDF としてエクスポート</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF のエクスポート</translation>
    </message>
    <message>
        <source>There is no summary to export.</source>
        <translation>エクスポートする概要がありません。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::TaxDocumentsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>コピーを保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Tax profile documents</source>
        <translation>税務プロファイルの書類</translation>
    </message>
    <message>
        <source>Documents attached to the tax profile</source>
        <translation>税務プロファイルに添付された書類</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>追加したユーザー</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>書類を添付</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>書類のコピーを保存</translation>
    </message>
    <message>
        <source>No documents attached. PDF, PNG or JPEG files of at most 10 MB each.</source>
        <translation>添付された書類はありません。PDF、PNG、JPEG ファイル (各 10 MB まで)。</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>書類 (*.pdf *.png *.jpg *.jpeg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>%1 を添付しました。</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>コピーを %1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::TaxProfileDialog</name>
    <message>
        <source>Tax profile — %1 (%2)</source>
        <translation>税務プロファイル — %1 (%2)</translation>
    </message>
    <message>
        <source>A US location files a W-9 with its Employer Identification Number.</source>
        <translation>米国の拠点は、雇用者識別番号 (EIN) を記載した W-9 を提出します。</translation>
    </message>
    <message>
        <source>A location outside the US files a W-8BEN-E, valid until the end of the third calendar year after signing.</source>
        <translation>米国外の拠点は W-8BEN-E を提出します。有効期限は、署名した年の 3 暦年後の年末までです。</translation>
    </message>
    <message>
        <source>Saving sends these enrollments of %1 back to Validating enrollment: %2.</source>
        <translation>保存すると、%1 の次の登録の状態が「登録の検証中」に戻ります: %2。</translation>
    </message>
    <message>
        <source>A form signed then has expired already; sign a new one.</source>
        <translation>その日付で署名されたフォームは既に有効期限が切れています。新しいフォームに署名してください。</translation>
    </message>
    <message>
        <source>This form stays valid until %1.</source>
        <translation>このフォームは %1 まで有効です。</translation>
    </message>
    <message>
        <source>A W-9 does not expire.</source>
        <translation>W-9 には有効期限がありません。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>他のユーザーによる変更</translation>
    </message>
    <message>
        <source>Someone else saved the tax profile of %1 after you opened it.

Load their version into the form? What you typed here is then replaced; choose No to keep it on screen.</source>
        <translation>%1 の税務プロファイルを開いた後に、他のユーザーがこのプロファイルを保存しました。

他のユーザーのバージョンをフォームに読み込みますか? 読み込むと、ここで入力した内容は置き換えられます。入力内容を画面に残すには [いいえ] を選択してください。</translation>
    </message>
    <message>
        <source>This is the version saved by someone else. Make your changes again and save.</source>
        <translation>これは他のユーザーが保存したバージョンです。もう一度変更を行ってから保存してください。</translation>
    </message>
    <message>
        <source>Name of the individual</source>
        <translation>個人の氏名</translation>
    </message>
    <message>
        <source>Country of citizenship</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Reason no foreign tax ID is given</source>
        <translation>外国の納税者番号がない理由</translation>
    </message>
    <message>
        <source>Only without a foreign tax ID</source>
        <translation>外国の納税者番号がない場合のみ</translation>
    </message>
    <message>
        <source>&amp;Name of the individual:</source>
        <translation>個人の氏名(&amp;N):</translation>
    </message>
    <message>
        <source>Country of ci&amp;tizenship:</source>
        <translation>国籍(&amp;T):</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>生年月日(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Reason for no tax ID:</source>
        <translation>番号がない理由(&amp;R):</translation>
    </message>
    <message>
        <source>An individual outside the US files a W-8BEN: their name, citizenship and date of birth, and a foreign tax ID or the reason none is given. It stays valid until the end of the third calendar year after signing.</source>
        <translation>米国外の個人は W-8BEN を提出します: 氏名、国籍、生年月日と、外国の納税者番号またはそれがない理由です。署名後 3 暦年目の末日まで有効です。</translation>
    </message>
    <message>
        <source>Add a tax profile — %1 (%2)</source>
        <translation>税務プロファイルを追加 — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>incentives::gui::UserPicker</name>
    <message>
        <source>Everyone — type a name or email address</source>
        <translation>全員 — 名前またはメールアドレスを入力</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>一致するユーザー</translation>
    </message>
    <message>
        <source>More users match: type more of the name or email address</source>
        <translation>他にも一致するユーザーがいます。名前またはメールアドレスをさらに入力してください</translation>
    </message>
</context>
<context>
    <name>incentives::gui::UsersPage</name>
    <message>
        <source>All users</source>
        <translation>すべてのユーザー</translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation>アカウント管理者</translation>
    </message>
    <message>
        <source>Incentives admins</source>
        <translation>インセンティブ管理者</translation>
    </message>
    <message>
        <source>Incentives users</source>
        <translation>インセンティブ ユーザー</translation>
    </message>
    <message>
        <source>Users without a role</source>
        <translation>ロールのないユーザー</translation>
    </message>
    <message>
        <source>Deactivated users</source>
        <translation>無効化されたユーザー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>無効化済み</translation>
    </message>
    <message>
        <source>No incentives role</source>
        <translation>インセンティブのロールなし</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>PartnerID</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Incentives admin</source>
        <translation>インセンティブ管理者</translation>
    </message>
    <message>
        <source>Waiting invitations</source>
        <translation>保留中の招待</translation>
    </message>
    <message>
        <source>⚠ No Incentives admin — invitations for this location are waiting</source>
        <translation>⚠ インセンティブ管理者がいません — この拠点への招待が保留中です</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>無効化(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>再有効化(&amp;A)</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>一時パスワード</translation>
    </message>
    <message>
        <source>%1 signs in the first time with this temporary password, then chooses their own. It is shown only now:

%2</source>
        <translation>%1 は初回のサインインでこの一時パスワードを使用し、その後、独自のパスワードを設定します。このパスワードが表示されるのは今回だけです:

%2</translation>
    </message>
    <message>
        <source>Assign Incentives admin</source>
        <translation>インセンティブ管理者の割り当て</translation>
    </message>
    <message>
        <source>Select the user in the Users tab first.</source>
        <translation>先に [ユーザー] タブでユーザーを選択してください。</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>ロールの削除</translation>
    </message>
    <message>
        <source>%1 holds no role.</source>
        <translation>%1 にはロールがありません。</translation>
    </message>
    <message>
        <source>Role of %1 to remove:</source>
        <translation>削除する %1 のロール:</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>ユーザーの無効化</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in or act. Their history stays in the audit log. Deactivate?</source>
        <translation>%1 はサインインも操作もできなくなります。履歴は監査ログに残ります。無効化しますか?</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>パスワードのリセット</translation>
    </message>
    <message>
        <source>%1 signs in next with this temporary password, then chooses their own. It is shown only now:

%2</source>
        <translation>%1 は次回のサインインでこの一時パスワードを使用し、その後、独自のパスワードを設定します。このパスワードが表示されるのは今回だけです:

%2</translation>
    </message>
    <message>
        <source>The first %1 users are listed; search for a name or email address to find the others.</source>
        <translation>最初の %1 人のユーザーを表示しています。他を探すには名前またはメールアドレスで検索してください。</translation>
    </message>
    <message>
        <source>The first %1 locations are listed; search for a PartnerID or name to find the others.</source>
        <translation>最初の %1 拠点を表示しています。他を探すには PartnerID または名前で検索してください。</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最後の変更</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Temporary passwords</source>
        <translation>一時パスワード</translation>
    </message>
    <message>
        <source>Each imported user signs in the first time with their temporary password, then chooses their own. They are shown only now:

%1</source>
        <translation>インポートした各ユーザーは初回に一時パスワードでサインインし、その後自分のパスワードを設定します。表示されるのは今だけです:

%1</translation>
    </message>
    <message>
        <source>%1 no longer holds the role %2.</source>
        <translation>%1 は %2 のロールを持たなくなりました。</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspaceDetailsPane</name>
    <message>
        <source>Enrollment details</source>
        <translation>登録の詳細</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>Validation expected to end</source>
        <translation>検証の終了予定</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>銀行プロファイル</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>税務プロファイル</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>次のステップ:</translation>
    </message>
    <message>
        <source>Validation ends:</source>
        <translation>検証終了:</translation>
    </message>
    <message>
        <source>Bank profile:</source>
        <translation>銀行プロファイル:</translation>
    </message>
    <message>
        <source>Tax profile:</source>
        <translation>税務プロファイル:</translation>
    </message>
    <message>
        <source>Status his&amp;tory:</source>
        <translation>状態の履歴(&amp;T):</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状態の履歴</translation>
    </message>
    <message>
        <source>Select an enrollment to see its next step, its profiles and its history.</source>
        <translation>登録を選択すると、次のステップ、プロファイル、履歴が表示されます。</translation>
    </message>
    <message>
        <source>%1 at %2 — %3</source>
        <translation>%1 (%2 — %3)</translation>
    </message>
    <message>
        <source>No validation under way</source>
        <translation>進行中の検証はありません</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>まだ選択されていません</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>登録されていません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No status changes recorded.</source>
        <translation>状態の変更は記録されていません。</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>支払い:</translation>
    </message>
    <message>
        <source>Payment on hold</source>
        <translation>支払い保留中</translation>
    </message>
    <message>
        <source>Payment on hold (%1)</source>
        <translation>支払い保留中 (%1)</translation>
    </message>
    <message>
        <source>No currency chosen yet</source>
        <translation>通貨は未選択です</translation>
    </message>
    <message>
        <source>Paid in %1</source>
        <translation>%1 で支払い</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspaceGroupModel</name>
    <message>
        <source>1 enrollment</source>
        <translation>1 件の登録</translation>
    </message>
    <message>
        <source>%1 enrollments</source>
        <translation>%1 件の登録</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Location / program</source>
        <translation>拠点 / プログラム</translation>
    </message>
    <message>
        <source>Program / location</source>
        <translation>プログラム / 拠点</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspaceModel</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>ガイド</translation>
    </message>
    <message>
        <source>Open the program guide of %1</source>
        <translation>%1 のプログラム ガイドを開きます</translation>
    </message>
    <message>
        <source>Validation is expected to end by %1.</source>
        <translation>検証は %1 までに完了する見込みです。</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Actions required</source>
        <translation>必要なアクション</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>会計年度</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspacePage</name>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>すべてのプログラム</translation>
    </message>
    <message>
        <source>Counting the matching enrollments… the first %1 are shown</source>
        <translation>一致する登録を集計しています… 最初の %1 件を表示しています</translation>
    </message>
    <message>
        <source>1 enrollment</source>
        <translation>1 件の登録</translation>
    </message>
    <message>
        <source>%1 enrollments</source>
        <translation>%1 件の登録</translation>
    </message>
    <message>
        <source>No enrollments match these filters.</source>
        <translation>これらのフィルターに一致する登録はありません。</translation>
    </message>
    <message>
        <source>There are no invitations or enrollments for your locations yet.</source>
        <translation>担当拠点の招待や登録はまだありません。</translation>
    </message>
    <message>
        <source>Select an invitation first.</source>
        <translation>先に招待を選択してください。</translation>
    </message>
    <message>
        <source>Open the invitation of the selected row</source>
        <translation>選択した行の招待を開きます</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Eligibility requirements</source>
        <translation>資格要件</translation>
    </message>
    <message>
        <source>Program guide — %1</source>
        <translation>プログラム ガイド — %1</translation>
    </message>
    <message>
        <source>Program guide</source>
        <translation>プログラム ガイド</translation>
    </message>
    <message>
        <source>Workspace view</source>
        <translation>ワークスペースの表示</translation>
    </message>
    <message>
        <source>&amp;All enrollments</source>
        <translation>すべての登録(&amp;A)</translation>
    </message>
    <message>
        <source>By p&amp;rogram</source>
        <translation>プログラム別(&amp;R)</translation>
    </message>
    <message>
        <source>By l&amp;ocation</source>
        <translation>拠点別(&amp;O)</translation>
    </message>
    <message>
        <source>Record Microsoft&apos;s &amp;outcome…</source>
        <translation>Microsoft の結果を記録(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Partner Center incentive enrollment workbench</source>
        <translation>Partner Center インセンティブ登録ワークベンチ</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Sign in as &lt;email&gt;.</source>
        <translation>&lt;メール&gt; としてサインインします。</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Incentives Desk</source>
        <translation>Incentives Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>This database cannot be opened:

%1</source>
        <translation>このデータベースを開けません:

%1</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>別のファイルを開く…</translation>
    </message>
    <message>
        <source>Create a new demo database…</source>
        <translation>新しいデモ データベースを作成…</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db);;All files (*)</source>
        <translation>Incentives Desk データベース (*.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>New demo database</source>
        <translation>新しいデモ データベース</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db)</source>
        <translation>Incentives Desk データベース (*.db)</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;: a file, or postgresql://USER@HOST:PORT/DATABASE. Without it, the database opened last.</source>
        <translation>&lt;パス&gt; にあるデータベースを開きます: ファイル、または postgresql://USER@HOST:PORT/DATABASE。省略時は最後に開いたデータベースを開きます。</translation>
    </message>
    <message>
        <source>Log what the application does on stderr.</source>
        <translation>アプリケーションの動作を stderr に記録します。</translation>
    </message>
    <message>
        <source>The database file to open, as with --database.</source>
        <translation>開くデータベース ファイル (--database と同じ)。</translation>
    </message>
</context>
</TS>
