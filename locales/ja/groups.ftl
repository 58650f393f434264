## グループ、フォーラムのトピック、チャンネル。個人的な情報はここには一切投稿しません。チェックは個別チャットで行います。

group-intro = 皆さん、こんにちは！中国で働けるか、定住できるかを条件ごとに確認するボットです。対象は就労許可A・B・C類、Z・R・Kビザ、永住権で、各回答の根拠となる規定と出典も示します。
    個人の回答は私との個別チャットでのみ伺い、ここで集めることはありません。
    /check — 自分専用の非公開チェックを開始
    /routes — 中国で働き、定住する方法
    /threshold 都市名 — その都市の給与基準
    /settings — グループ管理者向け
group-check-prompt = { $name }さん、ボタンをタップすると個別チャットでチェックを開始できます。回答が他の人に見られることはありません。
group-check-button = 🔒 非公開チェックを開始
group-help = ここでは一般的な質問にお答えし、個人のチェックは個別チャットで行います。
    /check — 自分専用の非公開チェックを開始
    /routes — 中国で働き、定住する方法
    /threshold 都市名 — その都市の給与基準（例：/threshold 上海）
    /settings — グループ設定（管理者のみ）
group-button-not-yours = このボタンは別の方用です。ご自身のチェックは /check を送信して始めてください。
group-came-from = { $group } から来られたのですね。ここでの回答はすべて非公開で、グループからは一切見えません。

routes-text = 中国で働き、定住する方法：
    • 就労許可A類（外国高端人才）：人材プログラムへの選出、主要な受賞、上級職、現地平均賃金の6倍の給与、または85点以上。
    • 就労許可B類（外国专业人才）：学位と2年の職務経験、中国の大学の優秀な修士または海外トップ大学の修士、現地平均賃金の4倍の給与、または60点以上。60歳まで。
    • 就労許可C類（外国普通人员）：枠（クォータ）内の職種のみ（臨時、季節、政府間協定）。
    • ビザ：就労許可の取得後にZビザ。A類人材にはRビザ。若手科学技術人材にはKビザ（2025年10月から）。
    • 永住権（永久居留）：現地平均賃金の6倍の給与と基準の20%の納税で4年間就労、博士号を持つ中国系外国人、政府の推薦、上級職、投資、家族。
    ご自身の結果は /check で、非公開で確認できます。

threshold-usage = 都市名を指定してください。例：/threshold 北京
threshold-title = { $city }の給与基準（{ $date }時点）
threshold-line-a = 就労許可A類（6倍）：年{ $amount }元
threshold-line-b = 就労許可B類（4倍）：年{ $amount }元
threshold-line-pr = 永住権（4年間の各年で6倍）：年{ $amount }元、かつ個人所得税{ $tax }元以上
threshold-base = { $year }年の平均賃金（年{ $wage }元）に基づき、{ $date }から適用。出典：{ $source }。
threshold-unknown-city = 「{ $city }」のデータはありません。対応している都市：{ $cities }。
threshold-no-figure = { $city }の最新の数値がありません。現地の科学技術局に、採用している「社会平均工资」をお問い合わせください。

settings-title = グループ設定
settings-language = 言語：{ $language }
settings-public = 公開コマンド（/routes、/threshold）：{ $state ->
        [on] オン
       *[off] オフ
    }
settings-quiet = サイレントモード（あいさつなし、コマンドにのみ返信）：{ $state ->
        [on] オン
       *[off] オフ
    }
settings-toggle-public = 公開コマンドを切り替え
settings-toggle-quiet = サイレントモードを切り替え
settings-choose-language = グループの言語を選択
settings-saved = 保存しました。
settings-admins-only = これらの設定を変更できるのはグループの管理者だけです。

channel-post-text = 中国で働けますか？定住できますか？個別チャットで、どのルートが当てはまるかを確認しましょう。就労許可、ビザ、永住権について、各条件の規定と出典も表示します。
channel-post-button = 資格をチェック
channel-publish-usage = チャンネルに「資格をチェック」の投稿を公開するには、次のように送信してください：/publish @チャンネル名
channel-not-admin = 投稿できるのは、あなたがそのチャンネルの管理者で、私もメッセージの投稿権限を持つ管理者である場合に限られます。
channel-not-found = そのチャンネルが見つかりません。まず私をそのチャンネルの管理者に追加してください。
channel-published = { $channel } に投稿しました。

stats-title = 匿名の集計
stats-started = 開始されたセッション：{ $count }
stats-completed = 完了したセッション：{ $count }
stats-by-source = 流入元別（開始 / 完了）：
stats-by-language = 言語別（開始 / 完了）：
stats-by-outcome = 完了分、最良の結果別：
stats-line = { $name }：{ $started } / { $completed }
stats-outcome-line = { $outcome }：{ $count }
stats-source-private = 個別チャット
stats-admins-only = このコマンドはボット管理者専用です。
