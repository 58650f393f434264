## ボット本体：あいさつ、コマンド、ボタン、プライバシー。

bot-description = 中国の就労許可、ビザ、永住権を取得できるかを一つずつ確認し、すべての回答について根拠となる規定、数値、出典を示します。参考情報であり、法的助言ではありません。
bot-short-description = 中国で働ける？定住できる？条件ごとに、出典付きで確認します。
start-greeting = { $name ->
        [none] こんにちは
       *[other] { $name }さん、こんにちは
    }！いくつかの短い質問（通常15問以内）にお答えいただくと、中国で働き、定住するためのどのルートが当てはまるかをお伝えします。対象は就労許可A・B・C類、Z・R・Kビザ、そして永住権です。各条件について、規定、数値、出典を表示します。
start-resume = おかえりなさい！回答は保存されています。前回の続きから再開しましょう。
start-privacy-line = 回答は非公開です。グループに投稿したり、ログに記録したりすることは一切ありません。詳しくは /privacy、削除は /forget でどうぞ。
help-text = 中国で働き、定住するための資格を、質問ごとに確認します。
    コマンド：
    /start — チェックを開始・再開する
    /back — 1つ前の質問に戻る
    /answers — 回答を確認して変更する
    /verdict — 結果を見る
    /date — 別の日付時点で確認する
    /reminders — リマインダーと規定変更の通知
    /language — 言語を変更する
    /restart — 最初からやり直す
    /mydata — 保存されている自分のデータをすべてダウンロードする
    /forget — 保存されている自分のデータをすべて削除する
    /privacy — データの取り扱いについて
privacy-text = 保存する内容：質問への回答、使用言語、流入元（グループ名やチャンネル名のタグのみで、そこでのあなたが誰かは記録しません）、そしてご依頼いただいたリマインダーと規定変更の通知。目的：中断しても続きから再開でき、後から回答を変更でき、指定された日にお知らせを受け取れるようにするためです。保存場所：このボット専用のデータベースで、暗号化したうえで、最後のメッセージから{ $days }日間保存した後、自動的に削除します。ただし、送信待ちのリマインダーがある間や通知がオンの間は、送信されるか取り消される（/reminders）まで回答を保存します。もう一度確認するのはその回答だからです。回答をグループやチャンネルに投稿したり、ログに書き込んだりすることは一切ありません。/mydata でコピーを受け取れます。/forget でリマインダーと通知も含め、すぐにすべて削除できます。

command-start = チェックを開始・再開
command-help = 使い方
command-language = 言語を変更
command-back = 1つ前の質問に戻る
command-restart = 最初からやり直す
command-answers = 回答の確認と変更
command-verdict = 結果を見る
command-mydata = データをダウンロード
command-forget = データを削除
command-privacy = データの取り扱い

button-back = ◀ 戻る
button-skip = スキップ
button-dont-know = わからない
button-done = ✔ 完了
button-change-answer = ✏️ 前の回答を変更
choice-yes = はい
choice-no = いいえ

question-progress = 第{ $number }問
question-why = 質問の理由：{ $why }
answers-title = あなたの回答（タップすると変更できます）：
answers-empty = まだ回答がありません。/start を送信して始めてください。
answer-unknown = わからない
answer-skipped = スキップ
answer-none-selected = なし

language-prompt = 言語を選択してください：
language-changed = 言語を日本語に設定しました。

forget-confirm = すべての回答と設定を削除しますか？この操作は取り消せません。
forget-yes = はい、すべて削除
forget-no = いいえ、残す
forget-done = 完了しました。保存していたあなたのデータはすべて削除されました。
forget-cancelled = 何も削除されていません。
mydata-caption = 保存しているあなたのデータ一式（JSONファイル）です。
restart-done = 回答を消去しました。最初から始めましょう。
language-native-name = 日本語
command-check = 非公開の資格チェックを開始
command-routes = 中国で働き、定住する方法
command-threshold = 都市別の給与基準
command-settings = グループ設定（管理者）
command-publish = チャンネルにチェック案内を投稿
command-stats = 匿名の集計（ボット管理者）
