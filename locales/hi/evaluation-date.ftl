## Evaluating the rules as of another date (to plan ahead, or to check how a past case was decided).

command-date = किसी और तारीख के अनुसार जाँचें
date-usage = किसी और तारीख के अनुसार परिणाम देखने के लिए, उदाहरण के लिए /date 2027-06-30 भेजें। आज पर लौटने के लिए /date today भेजें।
date-set = अब से आपका परिणाम { $date } के अनुसार आँका जाएगा।
date-reset = आपका परिणाम फिर से आज के अनुसार आँका जा रहा है।
