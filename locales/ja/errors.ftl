## 受け付けられなかった回答。質問はそのままで、何も保存されません。

error-empty = 回答を入力してください。
error-not-a-number = 数値として読み取れませんでした。{ hint-whole-number }
error-number-not-whole = 小数を使わず、整数で入力してください。
error-text-too-long = 回答としては長すぎます。数値または日付だけを入力してください。
error-date-invalid = 存在しない日付です。{ hint-month-year }
error-date-format = 日付として読み取れませんでした。{ hint-month-year }
error-date-in-future = 未来の日付です。働き始めた年と月を入力してください。
error-date-too-early = { $year }年以降の日付を入力してください。
error-money-negative = 金額にマイナスは使えません。金額を人民元で入力してください。
error-money-absurd = { $max }を超えています。金額をご確認ください。
error-money-too-small = { $min }を下回っています。金額をご確認ください。
error-number-below-min = { $min }以上の数値を入力してください。
error-number-above-max = { $max }以下の数値を入力してください。
error-use-buttons = 質問の下にあるボタンから選んでください。
error-stale-button = そのボタンは前の質問のものです。現在の質問はこちらです。
error-verdict-not-ready = 結果は質問にお答えいただいた後に表示されます。次の質問はこちらです。
error-unknown-language = その言語には対応していません。
error-nothing-to-go-back-to = これは最初の質問のため、戻ることはできません。
error-interview-complete = すべての質問に回答済みです。結果を見るには /verdict、最初からやり直すには /restart を送信してください。
error-unsupported-message = ここではテキストとボタン操作しか読み取れません。
error-edited-message = メッセージが編集されたようです。編集しても回答は変わりません。回答を変更するには /answers をご利用ください。
error-generic = 申し訳ありません。こちら側で問題が発生しました。回答は保存されていますので、もう一度お試しください。
error-too-many-messages = 返信が追いつかない速さでメッセージが送られています。受け取ったメッセージから順にお答えしますので、返信をお待ちいただいてから続けてお送りください。
