## リマインダーと規定変更の通知：結果画面で提案し、/reminders で一覧表示し、後日送信します。

verdict-reminder-offer = ⏰ 回答が同じままなら、{ $date }に次のルートの要件を満たします：{ $routes }。その日にお知らせできます。
button-remind-me = ⏰ その日に知らせる
button-rule-alerts = 🔔 規定変更を知らせる
button-stop-alerts = 🔕 規定変更の通知を停止
button-cancel-reminder = ✖ リマインダー{ $number }を取消

reminder-toast-set = リマインダーを設定しました
reminder-set = ⏰ 設定しました：{ $date }に保存済みの回答をもう一度確認し、{ $routes }についての結果をお知らせします。/reminders でリマインダーの一覧表示と取り消しができます。
reminder-already-set = その日のリマインダーはすでに設定されています。
reminder-out-of-date = この結果の後に回答が変更されたため、その日付はもう正しくない可能性があります。/verdict で現在の結果とそのリマインダーを確認できます。
reminder-cancelled = リマインダーを取り消しました
reminder-already-cancelled = このリマインダーはすでに取り消されています
rule-alerts-toast-on = 規定変更の通知をオンにしました
rule-alerts-on = 🔔 設定しました：規定や公表された数値が変わり、あなたの結果が変わる場合は、何が変わったかをお知らせします。/reminders で確認でき、停止もできます。
rule-alerts-already = 規定変更の通知はすでにオンになっています。
rule-alerts-off = 規定変更の通知を停止しました
rule-alerts-already-off = 規定変更の通知はすでにオフになっています

reminders-title = リマインダーと通知：
reminders-line = { $number }. ⏰ { $date }：{ $routes }
reminders-alerts-line = 🔔 規定変更の通知：オン（{ $date }時点の結果と比較します）
reminders-empty = リマインダーや通知はありません。結果が出た後、回答がいずれかのルートの要件を満たす日にお知らせすることや、規定の変更があなたに影響するときにお知らせすることをご提案できます。
reminders-kept = これらは送信されるか、あなたが取り消すまで回答と一緒に保存されます。/forget ですべて削除できます。
reminders-route-gone = 現在は存在しないルート

reminder-due-title = ⏰ { $date }のリマインダー
reminder-due-met = ✅ { $date }時点で、回答によれば次のルートの要件を満たしています：{ $route }。
reminder-due-if-confirmed = 🟡 { $date }時点の{ $route }：「確認できれば要件を満たします」。未確認の項目が確認されれば、要件を満たします。
reminder-due-not-met = ❌ { $date }時点で、回答によれば次のルートの要件をまだ満たしていません：{ $route }。
reminder-due-not-applicable = { $date }時点で、{ $route }はあなたの回答には該当しません。
reminder-due-check = これは回答が今も正しい場合に限ります。下のボタンで回答（給与、税金、中国での滞在日数、日付）を確認し、「詳細」をタップして各条件と次のステップをご覧ください。

rule-change-title = 🔔 規定の変更があなたの結果に影響します
rule-change-route = { $route }：{ $before } → { $after }
rule-change-figure = { $parameter }：{ $old } → { $new }（{ $date }から適用、出典：{ $source }）
rule-change-figure-stale = ⚠️ この数値は更新予定日を過ぎています
rule-change-none = なし
rule-change-rules = ボットの規定データで、このルートの規定が変更されました。
rule-change-footer = 保存済みの回答（{ $date }時点）を、変更前と変更後の規定で比較した結果です。回答が今も正しいかご確認ください。

command-reminders = リマインダーと通知
follow-up-more-questions = 新たにお答えいただく質問があります（たとえば勤続4年に達した場合、その期間の給与と税金）。/start を送って回答し、すべての結果をご確認ください。
