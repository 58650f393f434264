## Answers we could not accept. The question stays as it was; nothing is saved.

error-empty = कृपया उत्तर टाइप करें।
error-not-a-number = मैं इसे संख्या के रूप में नहीं पढ़ सका। { hint-whole-number }
error-number-not-whole = कृपया दशमलव के बिना पूर्ण संख्या टाइप करें।
error-text-too-long = उत्तर के लिए यह बहुत लंबा है। कृपया केवल संख्या या तारीख टाइप करें।
error-date-invalid = ऐसी कोई तारीख नहीं है। { hint-month-year }
error-date-format = मैं इसे तारीख के रूप में नहीं पढ़ सका। { hint-month-year }
error-date-in-future = यह तारीख भविष्य की है। कृपया वह महीना और साल टाइप करें जब आपने शुरू किया।
error-date-too-early = कृपया { $year } या उसके बाद की तारीख दें।
error-money-negative = राशि ऋणात्मक नहीं हो सकती। कृपया राशि युआन में टाइप करें।
error-money-absurd = यह { $max } से अधिक है। कृपया राशि जाँच लें।
error-money-too-small = यह { $min } से कम है। कृपया राशि जाँच लें।
error-number-below-min = कृपया कम से कम { $min } की संख्या टाइप करें।
error-number-above-max = कृपया { $max } से अधिक नहीं की संख्या टाइप करें।
error-use-buttons = कृपया सवाल के नीचे दिए बटनों में से एक चुनें।
error-stale-button = वह बटन पिछले सवाल का है। यह रहा मौजूदा सवाल।
error-verdict-not-ready = सवालों के उत्तर देने के बाद परिणाम तैयार होगा। यह रहा अगला सवाल।
error-unknown-language = वह भाषा उपलब्ध नहीं है।
error-nothing-to-go-back-to = यह पहला सवाल है; पीछे जाने के लिए कुछ नहीं है।
error-interview-complete = आपने सभी सवालों के उत्तर दे दिए हैं। परिणाम देखने के लिए /verdict या फिर से शुरू करने के लिए /restart भेजें।
error-unsupported-message = यहाँ मैं केवल टेक्स्ट और बटन दबाना पढ़ सकता हूँ।
error-edited-message = मैंने देखा कि आपने एक संदेश संपादित किया। संपादन से आपके उत्तर नहीं बदलते: उत्तर बदलने के लिए /answers का उपयोग करें।
error-generic = क्षमा करें, हमारी ओर से कुछ गड़बड़ हो गई। आपके उत्तर सुरक्षित हैं; कृपया फिर से कोशिश करें।
error-too-many-messages = आप मेरे जवाब देने से ज़्यादा तेज़ी से संदेश भेज रहे हैं। जो संदेश मुझे मिल चुके हैं, मैं उनका जवाब दूँगा; कृपया और भेजने से पहले मेरे जवाब की प्रतीक्षा करें।
