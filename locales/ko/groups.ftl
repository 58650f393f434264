## 그룹, 포럼 토픽, 채널. 이곳에는 개인 정보를 절대 게시하지 않으며, 진단은 1:1 대화에서 진행합니다.

group-intro = 안녕하세요, 여러분! 중국에서 일하거나 정착할 수 있는지 요건별로 확인해 드립니다. 취업허가 A·B·C급, Z·R·K 비자, 영주권이 대상이며, 답변마다 근거가 되는 규정과 출처를 함께 보여 드립니다.
    개인 답변은 저와의 1:1 대화에서만 받으며, 이곳에서는 절대 받지 않습니다.
    /check — 나만의 비공개 진단 시작
    /routes — 중국 취업·정착 경로
    /threshold 도시 — 해당 도시의 급여 기준
    /settings — 그룹 관리자용
group-check-prompt = { $name }님, 버튼을 누르면 1:1 대화에서 진단을 시작할 수 있습니다. 답변은 다른 사람에게 공개되지 않습니다.
group-check-button = 🔒 비공개 진단 시작
group-help = 이곳에서는 일반적인 질문에 답하고, 개인 진단은 1:1 대화에서 진행합니다.
    /check — 나만의 비공개 진단 시작
    /routes — 중국 취업·정착 경로
    /threshold 도시 — 해당 도시의 급여 기준(예: /threshold 상하이)
    /settings — 그룹 설정(관리자 전용)
group-button-not-yours = 다른 분을 위한 버튼입니다. 본인의 진단은 /check를 보내 시작하세요.
group-came-from = { $group }에서 오셨군요. 이곳에서 답하신 내용은 모두 비공개이며, 그룹에서는 아무것도 볼 수 없습니다.

routes-text = 중국에서 일하고 정착하는 경로:
    • 취업허가 A급(外国高端人才): 인재 프로그램 선정, 주요 수상, 고위직, 현지 평균임금의 6배 급여 또는 85점 이상.
    • 취업허가 B급(外国专业人才): 학위와 2년 경력, 중국 대학 우수 졸업 또는 해외 명문대 석사, 현지 평균임금의 4배 급여 또는 60점 이상. 60세까지.
    • 취업허가 C급(外国普通人员): 쿼터 직종만 해당(임시, 계절, 정부 간 협정).
    • 비자: 취업허가 후 Z 비자, A급 인재는 R 비자, 청년 과학기술 인재는 K 비자(2025년 10월부터).
    • 영주권(永久居留): 현지 평균임금 6배의 급여와 그 기준 20%의 납세로 4년 근무, 박사 학위를 가진 중국계 외국인, 정부 추천, 고위직, 투자, 가족.
    나에게 맞는 결과는 /check로 비공개로 확인하세요.

threshold-usage = 도시를 알려 주세요. 예: /threshold 베이징
threshold-title = { $city }의 급여 기준({ $date } 기준)
threshold-line-a = 취업허가 A급(6배): 연 { $amount }위안
threshold-line-b = 취업허가 B급(4배): 연 { $amount }위안
threshold-line-pr = 영주권(4년간 매년 6배): 연 { $amount }위안, 개인소득세 { $tax }위안 이상
threshold-base = { $year }년 평균임금(연 { $wage }위안) 기준, { $date }부터 적용. 출처: { $source }.
threshold-unknown-city = ‘{ $city }’에 대한 수치가 없습니다. 지원하는 도시: { $cities }.
threshold-no-figure = { $city }의 최신 수치가 없습니다. 현지 과학기술국에 적용 중인 ‘社会平均工资’(사회 평균임금)를 문의하세요.

settings-title = 그룹 설정
settings-language = 언어: { $language }
settings-public = 공개 명령어(/routes, /threshold): { $state ->
        [on] 켜짐
       *[off] 꺼짐
    }
settings-quiet = 조용한 모드(인사 없이 명령어에만 응답): { $state ->
        [on] 켜짐
       *[off] 꺼짐
    }
settings-toggle-public = 공개 명령어 켜기/끄기
settings-toggle-quiet = 조용한 모드 켜기/끄기
settings-choose-language = 그룹 언어 선택
settings-saved = 저장되었습니다.
settings-admins-only = 그룹 관리자만 이 설정을 변경할 수 있습니다.

channel-post-text = 중국에서 일하거나 정착할 수 있을까요? 1:1 대화에서 나에게 맞는 경로를 확인해 보세요. 취업허가, 비자, 영주권의 모든 요건에 근거 규정과 출처를 함께 보여 드립니다.
channel-post-button = 내 자격 확인하기
channel-publish-usage = 채널에 ‘자격 확인하기’ 게시물을 올리려면 다음과 같이 보내 주세요: /publish @채널이름
channel-not-admin = 회원님이 해당 채널의 관리자이고, 저도 메시지 게시 권한이 있는 관리자여야 그곳에 게시할 수 있습니다.
channel-not-found = 채널을 찾을 수 없습니다. 먼저 저를 해당 채널의 관리자로 추가해 주세요.
channel-published = { $channel }에 게시했습니다.

stats-title = 익명 통계
stats-started = 시작된 세션: { $count }
stats-completed = 완료된 세션: { $count }
stats-by-source = 유입 경로별(시작 / 완료):
stats-by-language = 언어별(시작 / 완료):
stats-by-outcome = 완료된 세션, 최선의 결과별:
stats-line = { $name }: { $started } / { $completed }
stats-outcome-line = { $outcome }: { $count }
stats-source-private = 1:1 대화
stats-admins-only = 봇 관리자 전용 명령어입니다.
