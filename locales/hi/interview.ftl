## The interview: questions, why each is asked, choices and input hints.
## Official Chinese names appear beside the translation so people can match them to forms.

q-goal = आप चीन में क्या करना चाहते हैं?
q-goal-why = हम केवल उन रास्तों के बारे में पूछते हैं जो आपकी योजना के काम आते हैं।
choice-goal-work = वहाँ काम करना
choice-goal-settle = बसना (स्थायी निवास)
choice-goal-both = काम, फिर बसना
choice-goal-unsure = अभी तय नहीं — सब दिखाएँ
q-age = आपकी उम्र क्या है?
q-age-why = वर्क परमिट की आयु सीमाएँ हैं (श्रेणी B के लिए 18 से 60), और आयु से अंक भी मिलते हैं।
q-work-city = आप मुख्य भूमि चीन के किस शहर में काम करेंगे (या करते हैं)?
q-work-city-why = वेतन सीमाएँ स्थानीय औसत वेतन की गुणज होती हैं, जो हर शहर में अलग है।
choice-city-beijing = बीजिंग 北京
choice-city-shanghai = शंघाई 上海
choice-city-guangzhou = ग्वांगझू 广州
choice-city-shenzhen = शेनझेन 深圳
choice-city-changzhou = चांगझोउ 常州
choice-city-other = कोई और शहर
q-other-city-region = वह शहर कहाँ है?
q-other-city-region-why = पश्चिमी क्षेत्र, उत्तर-पूर्व या निर्दिष्ट विशेष क्षेत्रों की नौकरियों पर 10 अतिरिक्त अंक मिलते हैं।
choice-region-west = पश्चिमी क्षेत्र (जैसे छंगतू)
choice-region-northeast = उत्तर-पूर्व का पुराना औद्योगिक आधार
choice-region-special-area = विशेष या गरीबी-उन्मूलन क्षेत्र
choice-region-elsewhere = कहीं और (जैसे हांगझोउ)
choice-dont-know = मुझे नहीं पता
q-other-city-average-wage = आपके शहर में औसत वार्षिक वेतन कितने युआन है?
q-other-city-average-wage-why = हमारे पास आपके शहर का मौजूदा आँकड़ा नहीं है, और वेतन के नियम इसी के गुणज हैं। स्थानीय विज्ञान और प्रौद्योगिकी ब्यूरो इसे प्रकाशित करता है (社会平均工资)।
q-job-offer = क्या आपके पास मुख्य भूमि चीन में पंजीकृत किसी नियोक्ता से नौकरी का प्रस्ताव है?
q-job-offer-why = हर वर्क परमिट के लिए आवेदन चीनी नियोक्ता करता है; नियोक्ता के बिना परमिट नहीं।
q-annual-salary = चीन में आपका नियोक्ता आपको कितना सकल वार्षिक वेतन देता है (या देगा), युआन में?
q-annual-salary-why = वेतन से 20 तक अंक मिलते हैं, और स्थानीय औसत वेतन का 6 या 4 गुना अपने-आप में श्रेणी A या B के योग्य बनाता है।
q-highest-degree = आपकी सबसे ऊँची योग्यता क्या है?
q-highest-degree-why = शिक्षा से 20 तक अंक मिलते हैं, और डिग्रियाँ कई रास्ते खोलती हैं। सर्वोच्च अंतरराष्ट्रीय व्यावसायिक प्रमाणपत्र डॉक्टरेट के बराबर गिना जाता है।
choice-degree-doctorate = डॉक्टरेट या समकक्ष
choice-degree-master = मास्टर डिग्री
choice-degree-bachelor = स्नातक डिग्री
choice-degree-below-bachelor = स्नातक से कम
q-experience-years = स्नातक होने के बाद, इस नौकरी से जुड़ा आपके पास कितने साल का कार्य अनुभव है?
q-experience-years-why = श्रेणी B के लिए आमतौर पर 2 साल चाहिए, और अनुभव से 20 तक अंक मिलते हैं।
q-months-in-china = आप साल में कितने महीने चीन में काम करेंगे?
q-months-in-china-why = चीन में काम का समय 15 तक अंक देता है।
choice-months-nine-plus = 9 महीने या अधिक
choice-months-six-to-nine = 6 से 9 महीने
choice-months-three-to-six = 3 से 6 महीने
choice-months-under-three = 3 महीने से कम
q-chinese-level = आपकी चीनी भाषा का स्तर क्या है? जो सबसे ऊँचा लागू हो, वह चुनें।
q-chinese-level-why = चीनी भाषा से 5 तक अंक मिलते हैं।
choice-chinese-hsk5-plus = HSK 5 या उससे ऊपर
choice-chinese-hsk4 = HSK 4
choice-chinese-hsk3 = HSK 3
choice-chinese-hsk2 = HSK 2
choice-chinese-hsk1 = HSK 1
choice-chinese-taught-in-chinese = चीनी माध्यम से पढ़ी डिग्री
choice-chinese-former-citizen = मैं चीनी नागरिक था/थी
choice-chinese-none = इनमें से कोई नहीं
q-achievements =
    क्या इनमें से कोई आप पर लागू होता है? जो भी लागू हों सब पर टैप करें, फिर “हो गया” दबाएँ।
    • चीनी टैलेंट प्रोग्राम: राष्ट्रीय या प्रांतीय प्रोग्राम में चयन
    • वरिष्ठ पद: किसी बड़े नियोक्ता के यहाँ, या एसोसिएट प्रोफ़ेसर और ऊपर
    • संस्थापक: पेटेंट और बड़े, स्थिर निवेश के साथ
q-achievements-why = इनमें से हर एक अपने-आप में श्रेणी A (外国高端人才) के योग्य बनाता है।
choice-achievement-talent-programme = चीनी टैलेंट प्रोग्राम
choice-achievement-international-award = बड़ा पुरस्कार या अकादमी
choice-achievement-senior-post = वरिष्ठ पद या एसो. प्रोफ़ेसर
choice-achievement-postdoc = नामी विश्वविद्यालय में पोस्टडॉक
choice-achievement-founder-investor = पेटेंट वाले संस्थापक
choice-none-of-these = इनमें से कोई नहीं
q-background =
    इनमें से कौन-से आप पर लागू होते हैं? जो भी लागू हों सब पर टैप करें, फिर “हो गया” दबाएँ।
    • विज्ञान/तकनीक डिग्री: विज्ञान, प्रौद्योगिकी, इंजीनियरिंग या गणित
    • अंतरराष्ट्रीय कौशल प्रमाणपत्र: अंतरराष्ट्रीय व्यावसायिक कौशल प्रमाणपत्र
    • शिक्षण योग्यता: शिक्षा की डिग्री, शिक्षण लाइसेंस या 120 घंटे का TEFL
q-background-why = इनसे बोनस अंक मिलते हैं और श्रेणी B तथा K वीज़ा के रास्ते खुलते हैं।
choice-background-top-university = शीर्ष विश्वविद्यालय से स्नातक
choice-background-studied-in-china = चीन के विश्वविद्यालय की डिग्री
choice-background-stem-degree = विज्ञान/तकनीक डिग्री
choice-background-fortune500 = Fortune Global 500 में काम
choice-background-patents = पेटेंट या अन्य बौद्धिक संपदा
choice-background-five-years-in-china = चीन में 5 साल या अधिक
choice-background-skill-certificate = अंतरराष्ट्रीय कौशल प्रमाणपत्र
choice-background-language-teacher = अपनी मातृभाषा पढ़ाऊँगा/गी
choice-background-teaching-qualification = शिक्षण योग्यता या TEFL
q-clean-record = क्या आप जिस देश में रहते हैं, वहाँ से आपराधिक रिकॉर्ड न होने का प्रमाणपत्र ले सकते हैं?
q-clean-record-why = हर परमिट और स्थायी निवास के लिए कोई आपराधिक रिकॉर्ड न होना ज़रूरी है।
q-medical-check = क्या आपको लगता है कि आप सामान्य मेडिकल जाँच पास कर लेंगे?
q-medical-check-why = वर्क परमिट और स्थायी निवास के लिए स्वास्थ्य प्रमाणपत्र ज़रूरी है।
q-job-kind = क्या नौकरी इनमें से किसी प्रकार की है?
q-job-kind-why = श्रेणी C (外国普通人员) केवल इन कोटा वाली नौकरियों के लिए है (अंतर-सरकारी में इंटर्नशिप भी शामिल है; अन्य में जैसे श्रेणी A प्रतिभा के घरेलू सहायक); सिर्फ़ कम अंक होने से कोई योग्यता नहीं बनती।
choice-job-short-term = अस्थायी काम, अधिकतम 90 दिन
choice-job-seasonal = मौसमी काम
choice-job-intergovernmental = अंतर-सरकारी समझौता
choice-job-other-quota = कोटा वाली कोई और नौकरी
choice-job-none = इनमें से कोई नहीं
q-china-work-start = आपने वर्क परमिट पर चीन में काम कब शुरू किया? महीना और साल टाइप करें।
q-china-work-start-why = स्थायी निवास के वेतन और कर वाले रास्ते के लिए चीन में लगातार 4 साल काम ज़रूरी है।
choice-not-yet = अभी नहीं
q-days-in-china-each-year = पिछले 4 सालों में से हर साल, क्या आप कम से कम 183 दिन चीन में रहे?
q-days-in-china-each-year-why = वेतन और कर वाले रास्ते के लिए ज़रूरी है कि आप हर साल कम से कम आधा साल वास्तव में चीन में रहे हों।
q-pr-lowest-salary = पिछले 4 सालों में चीन में आपका सबसे कम सकल वार्षिक वेतन कितने युआन था?
q-pr-lowest-salary-why = 4 में से हर साल वेतन स्थानीय औसत वेतन का 6 गुना होना चाहिए।
q-pr-lowest-tax = उन्हीं 4 सालों में, किसी एक साल में आपने सबसे कम कितना व्यक्तिगत आयकर चुकाया, युआन में?
q-pr-lowest-tax-why = हर साल चुकाया गया कर वेतन मानक के 20% तक पहुँचना चाहिए। कर ब्यूरो के प्रमाणपत्र (完税证明) यह दिखाते हैं।
q-employer-recommendation = क्या आपका मौजूदा नियोक्ता आपके आवेदन के लिए सिफ़ारिश पत्र लिखेगा?
q-employer-recommendation-why = वेतन और कर वाले रास्ते के लिए आपके नियोक्ता की सिफ़ारिश ज़रूरी है।
q-china-ties =
    क्या इनमें से कोई आप पर लागू होता है? जो भी लागू हों सब पर टैप करें, फिर “हो गया” दबाएँ।
    • सरकारी सिफ़ारिश: किसी मंत्रालय या प्रांतीय सरकार द्वारा
    • वरिष्ठ पद: चीन में, लगातार 4 साल या अधिक
    • जीवनसाथी: चीनी नागरिक या चीन का स्थायी निवासी
    • परिवार के पास: चीन में आपके प्रत्यक्ष संबंधी (माता-पिता, जीवनसाथी, संतान)
q-china-ties-why = हर एक स्थायी निवास (外国人永久居留) का अलग रास्ता खोलता है।
choice-tie-chinese-origin = चीनी मूल (外籍华人)
choice-tie-government-recommendation = सरकारी सिफ़ारिश
choice-tie-senior-post = 4 साल से वरिष्ठ पद
choice-tie-investor = चीन में प्रत्यक्ष निवेश
choice-tie-spouse = जीवनसाथी चीनी या PR धारक
choice-tie-parent = 18 से कम, माता/पिता के पास
choice-tie-relatives = 60 या अधिक, परिवार के पास
q-post-residence = उन 4 सालों में, क्या आप कुल मिलाकर कम से कम 3 साल चीन में रहे?
q-post-residence-why = वरिष्ठ पदधारकों के रास्ते के लिए उन 4 सालों में 3 साल का निवास ज़रूरी है।
q-investment-usd = आपने चीन में प्रत्यक्ष रूप से कितना निवेश किया है (चुकता पूँजी), अमेरिकी डॉलर में?
q-investment-usd-why = न्यूनतम राशि इस पर निर्भर है कि आपने कहाँ और किस क्षेत्र में निवेश किया।
q-investment-region = आपने कहाँ या किसमें निवेश किया?
q-investment-region-why = प्रोत्साहित उद्योगों (विदेशी निवेश सूची) या पश्चिम में न्यूनतम 5,00,000 अमेरिकी डॉलर, मध्य क्षेत्र में 10 लाख अमेरिकी डॉलर, और अन्यत्र 20 लाख अमेरिकी डॉलर है।
choice-investment-encouraged-sector = प्रोत्साहित उद्योग
choice-investment-west = पश्चिम या गरीब काउंटी
choice-investment-central = मध्य क्षेत्र
choice-investment-elsewhere = चीन में कहीं और
q-investment-stable = क्या निवेश लगातार 3 साल स्थिर रहा है, अच्छे कर रिकॉर्ड के साथ?
q-investment-stable-why = निवेश वाले रास्ते के लिए 3 स्थिर साल और अच्छा कर रिकॉर्ड ज़रूरी है।
q-marriage-years = आपकी शादी को कितने साल हुए हैं?
q-marriage-years-why = जीवनसाथी वाले रास्ते के लिए 5 साल का विवाह ज़रूरी है।
q-residence-years-in-china = आप लगातार कितने साल से चीन में रह रहे हैं?
q-residence-years-in-china-why = परिवार वाले रास्तों के लिए चीन में लगातार 5 साल का निवास ज़रूरी है।
q-nine-months-each-year = क्या आप उन सालों में से हर साल कम से कम 9 महीने चीन में रहे?
q-nine-months-each-year-why = परिवार वाले रास्तों के लिए हर साल कम से कम 9 महीने चीन में रहना ज़रूरी है।
q-stable-livelihood = क्या चीन में आपकी स्थिर आय और रहने की जगह है?
q-stable-livelihood-why = परिवार वाले रास्तों के लिए स्थिर आजीविका और आवास ज़रूरी है।
q-no-relatives-abroad = क्या आपके सभी प्रत्यक्ष संबंधी (माता-पिता, जीवनसाथी, संतान) चीन में रहते हैं, और कोई विदेश में नहीं बचा?
q-no-relatives-abroad-why = 60 वर्ष और उससे अधिक आयु के संबंधियों वाले रास्ते के लिए यह ज़रूरी है।
hint-whole-number = पूर्ण संख्या टाइप करें, जैसे 34।
hint-money = राशि युआन में टाइप करें, जैसे 5,65,548 या 565,548 या 5.6 लाख।
hint-money-usd = राशि अमेरिकी डॉलर में टाइप करें, जैसे 5,00,000 या 5 लाख।
hint-month-year = जैसे 2021-03 या मार्च 2021।
