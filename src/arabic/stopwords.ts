// Function words that carry no topic. Hand-picked (already folded) because the npm lists
// (stopword, stopwords-iso) include news content words such as زيارة, اكد, مايو, مليون and عام.
const FUNCTION_WORDS = `
في من على الى عن مع ان او ثم قد لا لم لن ما ماذا هذا هذه ذلك تلك هولاء اولييك
التي الذي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي هو هي هم هما هن انا نحن انت انتم
كان كانت يكون تكون كما بين حتى عند كل اي اذا اذ لكن بل هل قبل بعد منذ خلال حول ضد دون
وفي ومن وعلى والى وعن ومع وان او وقد ولا ولم وما وهذا وهذه وذلك وهو وهي وكان وكانت وكما
فيه فيها منه منها عليه عليها اليه اليها عنه عنها له لها لهم به بها بهم انه انها بان لان
ايضا اما الا الي فى و
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean));
