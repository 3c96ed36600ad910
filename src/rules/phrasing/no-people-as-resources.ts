import { wordsBefore, phraseRule, phraseOptionsSchema, matchCase, wordAt, hasSeq, engineersOwnDesign, type Fix, type Sentence } from '../kit/index.js';
import { says } from '../kit/learned.js';
import { PEOPLE_MODEL } from '../kit/people-model.js';

/**
 * `resources`: people only when the sentence says so (hire, senior, two more, to work on…);
 * computing, learning and design resources are things. `always`: words that only ever mean
 * people counted as a quantity. `demand`: "headcount" when it is asked for or lacked.
 */
interface PeopleWord {
  test: 'resources' | 'always' | 'demand';
  /** Replacements offered (as suggestions: who the people are is the author's to say). */
  replace: string[];
  /** True when the replacement means exactly the same ("man-hours" → "person-hours"). */
  exact?: boolean;
}

const w = (phrase: string, test: PeopleWord['test'], replace: string[], exact = false) => ({ phrase, data: { test, replace, exact } as PeopleWord });
const PHRASES = [
  w('resources', 'resources', ['engineers', 'people']), w('resource', 'resources', ['engineer', 'person']),
  w('headcount', 'demand', ['people']), w('FTEs', 'demand', ['people']), w('head count', 'demand', ['people']), w('head counts', 'demand', ['people']), w('headcounts', 'demand', ['people']), w('warm bodies', 'always', ['people']), w('more bodies', 'always', ['more people']),
  w('extra bodies', 'always', ['extra people']), w('code monkeys', 'always', ['engineers']), w('code monkey', 'always', ['engineer']),
  w('code-monkeys', 'always', ['engineers']), w('man-hours', 'always', ['person-hours'], true), w('man hours', 'always', ['person-hours'], true),
  w('manpower', 'always', ['people']), w('man power', 'always', ['people']), w('man-power', 'always', ['people']), w('man-days', 'always', ['person-days'], true), w('man days', 'always', ['person-days'], true),
];

/** Roles and kinds of engineer: "engineering resources", "QA resources", "offshore resources" are people whatever follows. */
const ROLES = new Set([
  'engineering', 'dev', 'developer', 'qa', 'senior', 'junior', 'frontend', 'backend', 'front-end', 'back-end', 'full-stack', 'fullstack',
  'mobile', 'ios', 'android', 'devops', 'ux', 'ui', 'offshore', 'onshore', 'nearshore', 'contract', 'contractor', 'freelance', 'tech',
  'technical', 'testing', 'test', 'human', 'billable', 'fte', 'ftes', 'ft', 'staff', 'staffing', 'full-time', 'part-time', 'fulltime', 'replacement',
  // "a dedicated development / ops resource": operations people (asked, since "ops resources" may be a cloud's).
  'ops',
  // "Programmer resource restrictions"; "(paid resource?)": a person paid for (asked, since a service is paid for too).
  'programmer', 'programmers', 'coder', 'coders', 'paid',
]);
/** Right before "resource(s)": a technology people work in ("Java resources", "SAP resources"). */
const STACKS = ['java', 'net', 'python', 'react', 'php', 'angular', 'sap', 'salesforce'];
/** Right before "resource(s)": how able the people are ("experienced resources"). */
const ABLE = ['skilled', 'experienced', 'qualified', 'talented'];
/** Right before "resource(s)": words that say people (a role, or what is done with people: hire, assign, mentor). */
const PEOPLE_BEFORE = new Set([
  ...ROLES, ...STACKS, ...ABLE,
  'hire', 'hiring', 'hired', 'onboard', 'onboarding', 'assign', 'assigns', 'assigned', 'equivalent', 'borrow', 'lend', 'loan', 'dedicated',
  // "a full time resource working on the client", "a part-time resource".
  'full-time', 'part-time', 'fulltime', 'parttime',
  'trained', 'offsite', 'onsite', 'remote', 'internal', 'outsourced', 'bench', 'team', 'allocate', 'allocating',
  'utilize', 'utilise', 'utilizing', 'adding', 'add', 'assigning', 'coordinator', 'capable', 'competent',
  'empower', 'motivate', 'retain', 'mentor', 'coach', 'train', 'analyst', 'designer', 'tester', 'consultant',
  'architect', 'scrum', 'pm', 'ba', 'sme', 'busy', 'overloaded', 'overbooked', 'overallocated', 'over-allocated',
  'departing', 'outgoing', 'resigning', 'exiting',
]);
/** Words of hiring and staffing: with one of them in the sentence, "resources" are people. */
const STAFFING = new Set([
  'hire', 'hired', 'hiring', 'interviewed', 'freelancers', 'freelancer', 'contractors', 'consultants', 'staffing', 'salary', 'salaries',
  'bench', 'offshore', 'off-shore', 'onshore', 'nearshore', 'outsourcing', 'outsourced', 'timesheet', 'timesheets', 'recruiter',
  'recruiting', 'americans', 'nationals', 'augmentation', 'resourcing', 'supervisors', 'hires',
]);
/** Right after "resource(s)": what people do ("the resources might have multiple projects that they work on"). */
const PEOPLE_AFTER = new Set(['who', 'they', 'work', 'works', 'worked', 'working', 'contribute', 'contributes', 'skills', 'skill', 'utilization', 'utilisation', 'assigned', 'in question', 'may', 'might', 'will']);
/** What people do, right after the word: "resources who…", "resources working…", "resources will contribute…". */
const MODALS_AFTER = new Set(['will', 'may', 'might']);
/** Verbs after "resources they" that make the resources what someone needs or holds: "the resources they need". */
const HELD_BY = new Set(['need', 'needed', 'have', 'had', 'lack', 'use', 'used', 'require', 'required', 'deserve', 'are', "'re", 'qualify', 'access', 'rely', 'depend']);
function peopleVerbAfter(s: Sentence): boolean {
  const n1 = wordAt(s, 1) ?? '';
  if (MODALS_AFTER.has(n1)) return ['contribute', 'have', 'work', 'not'].includes(wordAt(s, 2) ?? '');
  // ("services and resources they need", "resources they have": what someone needs or has, where "they" is who has it.)
  if (n1 === 'they' && HELD_BY.has(wordAt(s, 2) ?? '')) return false;
  return PEOPLE_AFTER.has(n1);
}
const THING_NEAR = new Set([
  'cpu', 'memory', 'compute', 'computing', 'computation', 'computational', 'cloud', 'aws', 'azure', 'gcp', 'kubernetes', 'k8s', 'system', 'server',
  // A container platform's objects: "Docker resources work on Debian".
  'docker', 'podman', 'openshift', 'helm',
  // Its network objects: "DNS records are now owned by certain ingress/service resources" (round zzzzzzzzzzzzzzzk).
  'ingress', 'ingresses', 'dns',
  'servers', 'network', 'learning', 'educational', 'tutorial', 'tutorials', 'training', 'online', 'web', 'static', 'api', 'rest', 'http', 'terraform', 'file',
  'files', 'image', 'images', 'font', 'fonts', 'css', 'documentation', 'docs', 'community', 'helpful', 'useful', 'free',
  'external', 'shared', 'cluster', 'gpu', 'disk', 'storage', 'hardware', 'financial', 'natural', 'links', 'link', 'page',
  'pages', 'section', 'limits', 'limit', 'usage', 'quota', 'quotas', 'requests', 'list', 'library', 'hub', 'center',
  'centre', 'like', 'such', 'request', 'pool', 'pools', 'allocation', 'leak', 'leaks', 'cleanup', 'manager', 'management', 'type',
  'types', 'budget', 'money', 'funding', 'time', 'bandwidth', 'infrastructure', 'machine', 'machines', 'container',
  'containers', 'pod', 'pods', 'node', 'nodes', 'instance', 'instances', 'vm', 'vms', 'database', 'db', 'crd', 'crds',
  'object', 'objects', 'custom', 'uri', 'url', 'urls', 'reading', 'further', 'additional', 'other', 'following', 'design',
  'these', 'those', 'its', 'their', 'app', 'application', 'model', 'models', 'data', 'content', 'game', 'asset', 'assets',
  'mental', 'emotional', 'support', 'worker', 'workers', 'thread', 'threads', 'process', 'processes', 'connection',
  'connections', 'socket', 'sockets', 'handle', 'handles', 'mental-health', 'health', 'compute-intensive', 'release', 'declared', 'dependent',
  // A part of a screen or a folder: "the resources tab", "the Resources menu".
  'tab', 'tabs', 'menu', 'panel', 'pane', 'button', 'folder', 'folders', 'dialog', 'screen', 'sidebar', 'widget', 'field', 'column',
  // Listed with things: "reuse common tools and resources", "templates, guides and resources".
  'tools', 'tool', 'tooling', 'materials', 'templates', 'guides',
  // Advice and reading asked for: "any tips/resources for how to…", "books, articles and resources".
  'tips', 'advice', 'articles', 'books', 'courses', 'pointers', 'references', 'readings',
  // A game's: "options for handling player resources on leave".
  'player', 'players',
  // A web address defined for a purpose (RFC 8615): "the `/.well-known/change-password` well-known resource".
  'well-known',
]);
const NEED = [
  'need', 'needs', 'needed', 'get', 'add', 'adding', 'requesting', 'requested', 'requests', 'want', 'committing', 'required', 'acquire', 'acquiring', 'obtain', 'request', 'ask', 'hire', 'allocate', 'allocated', 'assign',
  'bring', 'throw', 'throwing', 'lack', 'short', 'have', 'more', 'extra', 'additional', 'without', 'cut', 'cuts', 'reduce', 'freeze',
];
/** Right before "headcount" or "resources": people turned like a dial ("scaling headcount", "increase the headcount", "I manage 40 resources"). */
const DIAL = new Set(['scaling', 'scale', 'increase', 'increasing', 'grow', 'growing', 'double', 'doubling', 'boost', 'boosting', 'manage', 'managing', 'throw', 'throwing']);
const dialled = (s: Sentence) => wordsBefore(s, 4).some((x) => DIAL.has(x));
const COUNT = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|another|couple|few|several|many|more|extra|additional)$/;

/** Words that can go with people or with things ("these resources", "shared resources"): they rule out people only when nothing in the sentence says people. */
const EITHER = new Set([
  'these', 'those', 'its', 'their', 'other', 'following', 'additional', 'shared', 'further', 'management', 'manager',
  'useful', 'helpful', 'free', 'external', 'type', 'types', 'custom', 'like', 'such', 'list', 'time', 'support',
]);
/** Words that make a whole sentence technical ("a library that needs one or two resources", "resource bundle"). */
const TECH = new Set([
  'bundle', 'bundles', 'target', 'targets', 'package', 'packages', 'library', 'libraries', 'attribute', 'attributes', 'stream',
  'streams', 'variable', 'variables', 'entity', 'entities', 'compiler', 'runtime', 'tensor', 'tensors', 'struct', 'structs',
  'class', 'classes', 'endpoint', 'endpoints', 'schema', 'json', 'yaml', 'manifest', 'telemetry', 'cache', 'caching', 'gc',
  'destructor', 'deinit', 'allocation', 'allocations', 'handles', 'ops', 'op', 'kernel', 'kernels', 'cpu', 'memory', 'gpu', 'register', 'registers',
  'server', 'servers', 'webserver', 'webservers', 'browser', 'browsers', 'image', 'images', 'vps', 'vm', 'vms', 'hardware', 'machine', 'machines', 'cluster', 'clusters', 'api', 'apis', 'http', 'url', 'urls', 'uri', 'file', 'files', 'module', 'modules',
  'binary', 'binaries', 'executable', 'graph', 'node', 'nodes', 'pod', 'pods', 'container', 'containers', 'thread', 'threads',
  'environment', 'environments', 'terraform', 'template', 'templates', 'response', 'responses', 'queue', 'queues', 'expose', 'exposes', 'exposed', 'exposing',
  // Cloud infrastructure: "We need two more resources here, one rule and one lambda permission".
  'lambda', 'lambdas', 'bucket', 'buckets', 'permission', 'permissions', 'iam', 's3', 'ec2', 'sqs', 'sns', 'vpc', 'subnet', 'subnets', 'cloudformation', 'invoke', 'invokes',
  // Tracing: "spans may have different resources than the tracer".
  'span', 'spans', 'tracer', 'tracers', 'exporter', 'exporters',
]);
/**
 * One sense per document: when the patterns read "resource(s)" as a thing at least this often, and as
 * people at most a quarter as often, the document's word is a thing (a Kubernetes or REST resource, cloud
 * resources being tagged or scheduled), and the remaining unclear uses are the same thing, not questions
 * worth asking. (Gale, Church and Yarowsky's "one sense per discourse".) In eval/docs this drops 4 of the
 * rule's 19 false alarms, in 4 design docs, and no finding a reader agreed with. (Other words' readings are
 * undefined, and count neither way.)
 */
const THING_SENSE_MIN = 5;
function thingSense(readings: (boolean | undefined)[]): boolean {
  const things = readings.filter((r) => r === false).length;
  const people = readings.filter((r) => r === true).length;
  return things >= THING_SENSE_MIN && people * 4 <= things;
}
/** The fewest words a sentence needs for the model to read it: a fragment ("Key resources", "Time available for resources") says too little. */
const MIN_WORDS_FOR_MODEL = 6;
/** Freeing up: of a machine's resources usually, of a role's ("freeing up engineering resources") its people's time. */
const FREEING = new Set(['free', 'frees', 'freeing', 'freed']);
/** One person who holds things of their own: "the player's resources" are theirs (not a firm's, whose resources may be its staff). */
const HOLDERS = new Set(['player', 'user', 'customer', 'student', 'child', 'patient', 'citizen', 'visitor', 'applicant', 'learner', 'character']);
/** Right before "the resource(s)": what is done only to things ("the job frees the resource", "leaking any resources"). */
/** Verbs of using something up, before a quantity of it: "use many resources", "used more resources". */
const USING = new Set(['use', 'uses', 'using', 'used']);
const QUANTITY = new Set(['many', 'more', 'fewer', 'less', 'much', 'lots', 'lot', 'of', 'a', 'too', 'so', 'significant', 'significantly', 'excessive', 'few', 'extra', 'additional']);
/** "tests that use many resources": a quantity of resources used up, not asked for ("could use more resources" is). */
function usedUp(s: Sentence): boolean {
  let k = -1;
  while (k >= -4 && QUANTITY.has(wordAt(s, k) ?? '')) k--;
  if (k === -1 || !USING.has(wordAt(s, k) ?? '')) return false;
  return !['could', 'can', "can't", 'cannot', 'would', 'might'].includes(wordAt(s, k - 1) ?? '');
}
const THING_VERBS = new Set(['create', 'creates', 'creating', 'created', 'embed', 'embeds', 'embedding', 'embedded', 'frees', 'free', 'freeing', 'leak', 'leaks', 'leaking', 'leaked', 'lock', 'locks', 'locking', 'unlock', 'unlocks', 'dispose', 'disposes', 'deallocate', 'deallocates', 'provision', 'provisions', 'provisioning', 'consume', 'consumes', 'consuming', 'waste', 'wastes', 'wasting', 'wasted', 'configure', 'configures', 'configured', 'configuring', 'delete', 'deletes', 'deleting',
  // "Fixed an error when saving resource": a stored object.
  'saving', 'upload', 'uploads', 'uploading', 'uploaded']);
/** After "resource" (singular), a word that makes it a modifier of a thing: "resource bundle", "resource utilization". */
const PERSON_RESOURCE_NEXT = new Set([
  'immediately', 'asap', 'today', 'tomorrow', 'who', 'will', 'would', 'is', 'was', 'can', 'could', 'should', 'to', 'for', 'from', 'on', 'in', 'and', 'or', 'that', 'with',
  'has', 'had', 'have', 'may', 'might', 'must', 'needs', 'needed', 'works', 'working', 'worked', 'assigned', 'available',
  'allocated', 'leaves', 'left', 'quit', 'per', 'at', 'of', 'as', 'but', 'if', 'when', 'since', 'because', 'so', 'by',
  'does', 'did', 'gets', 'got', 'takes', 'took', 'goes', 'went', 'then', 'now', 'here', 'there', 'too', 'also',
  // Given by someone: "Engineering resource supplied by members".
  'supplied', 'provided',
]);
/** After "resource" with a role before it, a person given over to work: "a full-time resource devoted to the project". */
const GIVEN_OVER = new Set(['devoted', 'dedicated', 'committed', 'responsible']);
/** After "resource(s)": what only people have ("resources with varying skills"). */
const SKILLS = ['skills', 'skill', 'skillset', 'skillsets', 'experience', 'seniority'];
const PEOPLE_NEAR_AFTER = new Set([...SKILLS, 'assigned', 'hired', 'relocate', 'questions', 'contribute', 'contributes', 'done', 'vacation', 'leave', 'sick', 'quit', 'resign', 'resigned', 'sprint', 'sprints']);
/** People named right after "resource(s)", as what they are: "a resource (usually a person)", "resources are the individual team members", "any resource or member". */
const PEOPLE_NOUNS = new Set(['person', 'people', 'persons', 'individual', 'individuals', 'member', 'members', 'employee', 'employees', 'staff', 'consultant', 'consultants', 'developer', 'developers', 'engineer', 'engineers', 'human', 'humans', 'contractor', 'contractors', 'freelancer', 'freelancers', 'designer', 'designers', 'tester', 'testers', 'analyst', 'analysts', 'teammate', 'teammates']);
function namedAsPeople(s: Sentence): boolean {
  const from = afterWord(s);
  for (let j = from; j < Math.min(s.words.length, from + 5); j++) {
    const w = s.words[j]!;
    // ("the finest grained mutable resources are individual KV store entries": "individual" before a noun that names
    // no person is an adjective.)
    // (Not before a word for someone who does something: "individual contributors", "individual developers".)
    const next = s.words[j + 1] ?? '';
    const adjective = w === 'individual' && !!next && !PEOPLE_NOUNS.has(next) && !ROLES.has(next) && !/(?:ers?|ors?|ists?|ants?)$/.test(next) && !['and', 'or'].includes(next);
    // (Not a list of kinds: "capacity in resources, people and time" names three things; "a consultant or
    // developer" names people twice.)
    if (PEOPLE_NOUNS.has(w) && !adjective) {
      const k = [j + 1, j + 2].find((x) => ['and', 'or'].includes(s.words[x] ?? ''));
      return k === undefined || PEOPLE_NOUNS.has(s.words[k + 1] ?? '');
    }
    // Not "resources for developers", "resources written by engineers": things for people, or made by them.
    // ("no additional resource other than existing members of the squad": the other resources named are people.)
    if (!['are', 'is', 'the', 'a', 'an', 'or', 'other', 'than', 'besides', 'existing', 'current', 'e', 'g', 'i', 'usually', 'typically', 'often', 'generally', 'mostly', 'individual', 'team', 'our', 'your', 'their', 'human', 'meaning', 'namely'].includes(w)) return false;
  }
  return false;
}
/** "Since staff are a scarce resource", "developers are our most valuable resource": people called the word outright. */
function calledResource(s: Sentence): boolean {
  // Up to three words between the verb and the word ("a scarce", "our most valuable"), none of them "not".
  for (let k = 1; k <= 4; k++) {
    const w = wordAt(s, -k) ?? '';
    if (['are', 'is', 'were', 'was'].includes(w)) return PEOPLE_NOUNS.has(wordAt(s, -k - 1) ?? '');
    if (k === 4 || w === 'not' || w.endsWith("n't") || !/^[a-z]+$/.test(w)) return false;
  }
  return false;
}
/** "worked on by more than one resource": the one doing the work is a person. */
function workedOnBy(s: Sentence): boolean {
  const before = wordsBefore(s, 5);
  return before.includes('by') && s.words.slice(0, s.first).some((w) => ['worked', 'done', 'handled', 'owned', 'built', 'implemented', 'developed', 'tested'].includes(w));
}
const HR_OFFICE = new Set(['services', 'service', 'firm', 'firms', 'consultant', 'consultants', 'software', 'system', 'systems', 'information', 'management', 'practices', 'director', 'directors', 'department', 'dept', 'team', 'manager', 'managers', 'officer', 'office', 'staff', 'representative', 'rep', 'generalist', 'specialist', 'partner', 'policies', 'policy', 'function', 'division', 'head', 'lead', 'vp', 'professional', 'professionals']);
/** "human resources, payroll, and people management software": the department's name as the first of a list of kinds of software or services. */
const HR_LIST = /\bhuman resources,\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:and|or)\s+(?:[\w-]+\s+){1,3}?(?:software|systems?|suites?|apps|platforms)\b/i;
const HR_PROCESS = new Set(['question', 'request', 'requests', 'approval', 'approvals', 'report', 'reports', 'process', 'form', 'forms', 'budget', 'budgets', 'planning', 'plan', 'plans', 'tracker', 'requisition']);

/** After "resource(s)", within a few words: what happens only to things ("resources may have to be deleted and re-created"). */
const THING_NEAR_AFTER = new Set(['invested', 'spent', 'budgeted', 'funded', 'linked', 'listed', 'attached', 'bookmarked', 'cited', 'deleted', 're-created', 'recreated', 'provisioned', 'destroyed', 'deployed', 'reclaimed', 'freed', 'leaked', 'cached', 'loaded', 'fetched', 'downloaded', 'uploaded', 'stored', 'imported', 'exported', 'declared', 'defined', 'bundled', 'compiled', 'rendered', 'served',
  // Shared state in concurrent code: "multiple parties access the same resource and one of those parties mutates it".
  'mutates', 'mutated', 'mutating', 'locked', 'unlocked']);

/** What only people do, said of "the resource(s)" as its subject: "the resources asked for more time", "our new resource joined on Monday". */
const HUMAN_ACTS = new Set([
  'ask', 'asks', 'asked', 'reported', 'joined', 'join', 'joins', 'quit', 'quits', 'resign', 'resigns', 'resigned', 'complain',
  'complained', 'complains', 'learn', 'learns', 'learned', 'learnt', 'attend', 'attended', 'interviewed', 'relocate', 'relocated',
  'said', 'say', 'says', 'told', 'feel', 'feels', 'felt', 'think', 'thinks', 'thought', 'knew', 'agreed', 'agree', 'disagree',
  'struggle', 'struggled', 'struggles', 'onboard', 'onboarded', 'ramp', 'ramped', 'sees', 'saw', 'notices', 'noticed', 'assume',
  'assumes', 'assumed', 'mentor', 'mentors', 'adhere', 'adheres', 'collaborate', 'collaborates', 'communicate', 'communicates',
  'commute', 'commutes', 'retire', 'retired', 'retires', 'leaving',
]);
/** What a thing is made to conform to: "resources adhere to versioned APIs", "…to the schema". */
const CONFORMED_TO = new Set(['api', 'apis', 'schema', 'schemas', 'interface', 'interfaces', 'spec', 'specs', 'specification', 'specifications', 'protocol', 'protocols', 'format', 'formats', 'versioned', 'contract', 'contracts', 'type', 'types', 'crd', 'crds']);
/** Done to people or said of them only, after "resources are/were/be…": "Resources are employed by the staffing firm", "more resources to be productive". */
const HUMAN_PASSIVE = new Set(['employed', 'hired', 'paid', 'trained', 'onboarded', 'interviewed', 'supervised', 'vetted', 'recruited', 'fired', 'laid', 'knowledgeable', 'productive', 'motivated', 'demotivated', 'overworked', 'burned', 'burnt', 'unhappy', 'sick', 'absent', 'bored']);
/** Between "resources" and what they do: "resources *will need to* ask", "the resource *then* joined". */
const AUX = new Set(['must', 'will', 'would', 'should', 'can', 'could', 'may', 'might', 'need', 'needs', 'needed', 'have', 'has', 'had', 'to', 'often', 'always', 'also', 'then', 'all', 'both', 'usually', 'later', 'just', 'never', 'did', 'do', 'does', "don't", "didn't", "doesn't"]);
/** The first word after "resource(s)" ("resource(s)" is read as one word). */
const afterWord = (s: Sentence) => (s.words[s.last + 1] === 's' ? s.last + 2 : s.last + 1);
function actsAsPeople(s: Sentence): boolean {
  const from = afterWord(s);
  for (let j = from; j < Math.min(s.words.length, from + 4); j++) {
    const w = s.words[j]!;
    // ("settings resources adhere to versioned APIs": things conform to an interface; people adhere to a way of working.)
    if ((w === 'adhere' || w === 'adheres') && s.words.slice(j + 1, j + 6).some((x) => CONFORMED_TO.has(x))) return false;
    if (HUMAN_ACTS.has(w)) return true;
    // "devs / other project resources don't like being questioned": "like" as a verb, after "don't", "would"…
    if ((w === 'like' || w === 'likes') && ["don't", "doesn't", "didn't", 'do', 'does', 'would', 'not'].includes(s.words[j - 1] ?? '')) return true;
    // ("resources may be more knowledgeable": one degree word may come between.)
    const k = ['more', 'less', 'very', 'highly', 'really', 'quite', 'too'].includes(s.words[j + 1] ?? '') ? j + 2 : j + 1;
    if (['are', 'were', 'is', 'was', 'get', 'gets', 'got', 'being', 'be'].includes(w) && HUMAN_PASSIVE.has(s.words[k] ?? '')) return true;
    if (!AUX.has(w)) return false;
  }
  return false;
}
/** "Communicate directly with your resource", "meet with the assigned resources": dealt with as people. */
const DEAL_WITH = new Set(['discuss', 'discussing', 'negotiate', 'negotiating', 'argue', 'arguing', 'communicate', 'communicating', 'talk', 'talking', 'speak', 'speaking', 'meet', 'meeting', 'chat', 'chatting', 'collaborate', 'collaborating']);
function dealtWith(s: Sentence): boolean {
  const before = wordsBefore(s, 5);
  const w = before.lastIndexOf('with');
  // ("communicate with your offshore resource": a role may come between.)
  return w !== -1 && before.slice(0, w).some((x) => DEAL_WITH.has(x)) && before.slice(w + 1).every((x) => ['your', 'our', 'the', 'a', 'an', 'their', 'assigned', 'dedicated', 'new'].includes(x) || ROLES.has(x));
}
/** "assigns resources to tasks", "allocate two resources to the project": people put on work. */
function putOnWork(s: Sentence): boolean {
  let from = afterWord(s);
  // "…resources will be placed on the project", "resources from all involved teams".
  for (let j = 0; j < 4 && (/^\d+$/.test(s.words[from] ?? '') || ['that', 'who', 'will', 'be', 'are', 'were', 'is', 'being', 'placed', 'put', 'assigned', 'allocated', 'moved', 'brought', 'suddenly', 'redistributed', 'reassigned', 'shifted', 'then'].includes(s.words[from] ?? '')); j++) from++;
  if (s.words[from] === 'from') {
    const rest = s.words.slice(from + 1, from + 5);
    // (The group must end the phrase: not "resources from the team wiki".)
    const i = rest.findIndex((w) => ['team', 'teams', 'department', 'departments', 'vendor', 'vendors', 'agency', 'agencies', 'partner', 'partners', 'squad', 'squads'].includes(w));
    const after = s.words[from + 2 + i];
    return i !== -1 && (after === undefined || ['and', 'or', 'to', 'for', 'in', 'on', 'at', 'with', 'who', 'that', 'will', 'are', 'is', 'can', 'should', 'must', 'have', 'has', 'as', 'into'].includes(after)) && !rest.slice(0, i).some((w) => THING_NEAR.has(w) && !EITHER.has(w));
  }
  // "good resources on the team", "a resource on one of my projects": people on a team or a project.
  if (s.words[from] === 'on') {
    let k = from + 1;
    if (hasSeq(s.words.slice(k, k + 2), ['one', 'of'])) k += 2;
    if (['the', 'a', 'an', 'my', 'our', 'your', 'this', 'that', 'their', 'his', 'her', 'each', 'every'].includes(s.words[k] ?? '')) k++;
    return ['team', 'teams', 'squad', 'squads'].includes(s.words[k] ?? '') || (['project', 'projects'].includes(s.words[k] ?? '') && !THING_NEAR.has(s.words[k + 1] ?? '') && !['page', 'site', 'wiki', 'repo', 'repository', 'board', 'folder', 'website'].includes(s.words[k + 1] ?? ''));
  }
  if (s.words[from] !== 'to') return false;
  const k = ['the', 'a', 'this', 'that', 'each', 'their', 'our', 'your', 'new', 'other', 'two', 'three', 'several', 'multiple'].includes(s.words[from + 1] ?? '') || /^\d+$/.test(s.words[from + 1] ?? '') ? from + 2 : from + 1;
  return ['task', 'tasks', 'project', 'projects', 'ticket', 'tickets', 'story', 'stories', 'team', 'teams', 'feature', 'features', 'epic', 'epics', 'workstream', 'workstreams'].includes(s.words[k] ?? '');
}
/** Verbs of taking people on, a few words before "resources": "bring on external resources", "we onboarded three new resources". */
const TAKE_ON = new Set(['hire', 'hiring', 'hired', 'onboard', 'onboarded', 'onboarding', 'recruit', 'recruiting', 'recruited', 'interview', 'interviewing', 'retain', 'retaining', 'fire', 'firing', 'fired', 'employ', 'employing', 'pay', 'paying']);
/** Nationalities before "resource(s)": people described by where they are from ("our Indian resource"). */
const ORIGINS = new Set(['indian', 'chinese', 'american', 'british', 'filipino', 'ukrainian', 'polish', 'russian', 'brazilian', 'mexican', 'vietnamese', 'pakistani', 'romanian', 'egyptian', 'european', 'asian', 'latam', 'argentinian', 'colombian', 'canadian', 'german', 'french', 'belarusian', 'bangladeshi']);
function takenOn(s: Sentence): boolean {
  for (let j = s.first - 1; j >= Math.max(0, s.first - 5); j--) {
    const w = s.words[j]!;
    if (TAKE_ON.has(w) || (w === 'on' && ['bring', 'bringing', 'brought', 'take', 'taking', 'took'].includes(s.words[j - 1] ?? '')) || (w === 'in' && ['bring', 'bringing', 'brought'].includes(s.words[j - 1] ?? ''))) return true;
    if (THING_NEAR.has(w) && !EITHER.has(w)) return false;
    if (!['a', 'an', 'the', 'new', 'more', 'extra', 'additional', 'external', 'internal', 'good', 'skilled', 'qualified', 'senior', 'junior', 'some', 'any', 'two', 'three', 'four', 'five', 'several', 'few', 'couple', 'of', 'temporary', 'contract', 'dedicated', 'right', 'their', 'our', 'your', 'my'].includes(w) && !/^\d+$/.test(w)) return false;
  }
  return false;
}

/** After "headcount": the word names a figure or a step of planning talked about, not people counted ("headcount numbers", "a headcount question"). */
const HEADCOUNT_TALK = new Set([...HR_PROCESS, 'requirement', 'requirements', 'discussion', 'discussions', 'question', 'questions', 'number', 'numbers', 'tab', 'tabs', 'data', 'metric', 'metrics', 'field', 'column']);
const PLAN_ITEMS = new Set(['budget', 'budgets', 'scope', 'quota', 'quotas', 'spend', 'spending', 'revenue', 'costs', 'strategy', 'territory', 'territories', 'leadership', 'liability', 'payroll']);
/** Where a figure is shown: "headcounts in the report". */
const REPORTS = new Set(['report', 'reports', 'table', 'tables', 'export', 'exports', 'dashboard', 'dashboards', 'csv', 'spreadsheet', 'chart', 'charts', 'column', 'columns', 'summary', 'view']);
/** Words of a gathering: a headcount beside them counts who comes, not who works. */
const ATTENDANCE = new Set(['attendee', 'attendees', 'attend', 'attending', 'attendance', 'guests', 'rsvp', 'rsvps', 'venue', 'capacity', 'registrations', 'registration', 'evite', 'invite', 'invitation',
  // "project meeting - need headcount of core maintainers who would like to participate".
  'participate', 'participants', 'participating', 'meetup', 'dinner', 'workshop', 'summit']);
/** "headcount", "FTEs": people counted as a number to add, cut or measure progress by; not a tally, nor a step of hiring. */
function headcountAsked(s: Sentence, text: string): boolean {
  const p1 = wordAt(s, -1) ?? '';
  // A hiring process's word for a funded position: "a headcount request", "your new headcount has been approved",
  // "approving new headcount" (but "no approval for additional headcount" lacks people).
  if (HEADCOUNT_TALK.has(wordAt(s, 1) ?? '') || p1 === 'backfill' || s.words.includes('requisition')) return false;
  if (s.words.some((x) => ['approving', 'approve', 'approved', 'approval', 'approvals'].includes(x)) && !['additional', 'more', 'extra'].includes(p1)) return false;
  // "headcount and budgets reviewed", "(territory, quotas, headcount)": a line of a plan, listed with the money and scope it goes with.
  if ([-2, -1, 1, 2].some((k) => PLAN_ITEMS.has(wordAt(s, k) ?? ''))) return false;
  // ">50% non-Buoyant by headcount": a way of counting, not people asked for.
  if (p1 === 'by' || p1 === 'per') return false;
  // "an estimated headcount" of an event's attendees, "the final headcount": a tally.
  if (['estimated', 'expected', 'final', 'total', 'approximate', 'rough', 'accurate', 'attendee', 'attendance', 'event'].includes(p1)) return false;
  // "a headcount that … can set to be the max number of people that can come to an event": attendees, not
  // staff ("pull a headcount for the event" from a manager is staff).
  if ((s.words.some((x) => ATTENDANCE.has(x)) || hasSeq(s.words, ['number', 'of', 'people'])) && !['more', 'additional', 'extra'].includes(p1) && !s.words.some((x) => x === 'staff' || x === 'staffing')) return false;
  // "Add headcounts to the downloaded report": a figure shown in a report, not people asked for.
  if (['to', 'in', 'into', 'on'].includes(wordAt(s, 1) ?? '') && [2, 3, 4].some((k) => REPORTS.has(wordAt(s, k) ?? ''))) return false;
  // "Headcount is the actual number of staff…": the word defined, not used.
  // ("Headcount is the bottleneck" uses it.)
  if (s.first === 0 && ['is', 'means', 'refers', 'describes'].includes(wordAt(s, 1) ?? '') && [2, 3, 4, 5].some((k) => ['number', 'count', 'measure', 'total', 'term', 'metric', 'figure'].includes(wordAt(s, k) ?? ''))) return false;
  // "doing a headcount", "take a head count": a tally of who is there.
  // ("so that we can get a headcount" of who registered.)
  if (p1 === 'a' && ['do', 'doing', 'did', 'take', 'taking', 'took', 'quick', 'get', 'getting', 'got'].includes(wordAt(s, -2) ?? '')) return false;
  // "head count" in two words is also a tally ("a custom head count called Manual Count"): only with more asked for.
  if (/\s/.test(text)) return s.words.some((x) => ['more', 'additional', 'extra', 'need', 'needs', 'needed', 'request', 'requested', 'hire', 'hiring', 'cut', 'cuts', 'freeze', 'reduce', 'lower', 'higher'].includes(x));
  return true;
}
/** "treat a big set of developers as equivalent resources", "view engineers as resources": the framing described. */
function treatedAs(s: Sentence): boolean {
  const before = wordsBefore(s, 10);
  const as = before.lastIndexOf('as');
  if (as !== -1 && as >= before.length - 3 && before.slice(0, as).some((w) => ['treat', 'treats', 'treated', 'treating', 'view', 'views', 'viewed', 'viewing', 'see', 'sees', 'seeing', 'regard', 'regards', 'regarded', 'refer', 'refers', 'referred', 'referring', 'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling', 'describe', 'describes', 'describing'].includes(w))) return true;
  // "calling people resources", "stop calling engineers resources": the word talked about, not used.
  const p1 = s.words[s.first - 1] ?? '';
  return ['call', 'calls', 'calling', 'called', 'name', 'naming', 'term', 'terming', 'dub', 'dubbing'].includes(s.words[s.first - 2] ?? '') && ['people', 'engineers', 'developers', 'humans', 'employees', 'staff', 'them', 'us', 'colleagues', 'workers', 'designers', 'testers'].includes(p1);
}
/** "supporting staff, equipment, resources": two items of a list, not a word describing the next. */
const listed = (masked: string, a: string, b: string) => masked.toLowerCase().includes(`${a}, ${b}`);

/**
 * Whether "resource(s)" means people here: true when the words around it say people, false when
 * they say a thing (code, a technical word, a thing named nearby), undefined when they say neither.
 */
/** Words for people that "who" or "he" after the hit may refer to instead of the resource. */
const PERSON_NOUNS = new Set([...PEOPLE_NOUNS, 'user', 'users', 'team', 'teams', 'customer', 'customers', 'someone', 'somebody', 'manager', 'managers', 'they', 'client', 'clients', 'owner', 'owners', 'lead', 'leads', 'admin', 'admins', 'administrator', 'administrators']);
/**
 * The resource is spoken of as a person further on: "he", "him", "she", "her" in the same sentence
 * ("a resource becomes available, and I need to assign him"), or "who" right after ("resources in
 * your pool who have that role"), with no other person named in between.
 */
function referredToAsPerson(s: Sentence): boolean {
  // (The word stands alone, not as a modifier: "the resources tab, where he keeps…" names a tab.)
  const n0 = wordAt(s, 1);
  if (n0 !== undefined && !s.clauseEnds && !['is', 'are', 'was', 'were', 'becomes', 'become', 'has', 'have', 'in', 'on', 'with', 'who', 'that', 'for', 'from', 'to', 'can', 'could', 'will', 'should', 'may', 'might', 'would', 'must', 'and', 'or', 'gets', 'goes', 'leaves', 'joins'].includes(n0)) return false;
  const after = s.words.slice(s.last + 1, s.last + 15);
  for (let i = 0; i < after.length; i++) {
    const w = after[i]!;
    if (w === 'who' || w === "who's" || w === 'whom') return i < 5;
    if (['he', 'him', 'she', 'her', 'himself', 'herself', "he's", "she's", "he'll", "she'll"].includes(w)) return true;
    if (PERSON_NOUNS.has(w)) return false;
  }
  return false;
}

/**
 * "Resources" as how much a team has, said before the word: "don't have the resources", "haven't the resources",
 * "a lack of resources", "short of resources", "few resources", "finite resources", "limited resources".
 */
const SCARCE = new Set(['limited', 'finite', 'few', 'scarce', 'scant', 'insufficient']);
const NOT_HAVING = new Set(["don't", 'not', "doesn't", "haven't", "hasn't", "didn't", 'never', 'no']);
/** Words that say which means, not whose: "don't have the *internal* resources to evaluate…", "the *necessary* resources". */
const WHICH_MEANS = new Set(['internal', 'necessary', 'required', 'needed', 'extra', 'additional', 'own', 'available', 'in-house']);
function capacitySaid(s: Sentence): boolean {
  // Read past one such word, as if it were not there.
  const k = WHICH_MEANS.has(wordAt(s, -1) ?? '') ? -1 : 0;
  const p1 = wordAt(s, k - 1) ?? '';
  const p2 = wordAt(s, k - 2) ?? '';
  const p3 = wordAt(s, k - 3) ?? '';
  if (SCARCE.has(p1)) return true;
  if (p1 === 'of' && ['lack', 'short', 'shortage', 'shortages'].includes(p2)) return true;
  // "don't have the resources", "haven't the resources", "not have enough resources", "have no resources".
  if (['the', 'enough', 'sufficient', 'any'].includes(p1) && (['have', 'has', 'had'].includes(p2) ? NOT_HAVING.has(p3) : ["haven't", "hasn't"].includes(p2))) return true;
  if (p1 === 'no' && ['have', 'has', 'had'].includes(p2)) return true;
  // "we currently lack the resources to test every model", "lacking resources": the same, said with "lack".
  const lack = (w: string) => /^lack(?:s|ed|ing)?$/.test(w);
  if (lack(p1) || (['the', 'enough', 'sufficient', 'any'].includes(p1) && lack(p2))) return true;
  // "we would have more resources to work on Gloas", "ensure we have sufficient resources to meet project demands",
  // "we don't have further resources to work on something": how much a team has, and what it would let it do.
  // (Not "we need to have more resources?", an ask with nothing it is for, nor "has sufficient resources with the
  // right skills", people by their skills.)
  return HAVING_MORE.has(p1) && ['have', 'has', 'had', 'having'].includes(p2) && wordAt(s, 1) === 'to';
}
const HAVING_MORE = new Set(['more', 'further', 'enough', 'sufficient', 'adequate']);

/** How much someone has, said of "resources" after "with": "with adequate resources", "with the limited resources I have". */
const HOLDINGS = new Set(['adequate', 'sufficient', 'enough', 'limited', 'ample', 'minimal', 'scarce', 'finite', 'restricted', 'few', 'necessary', 'modest', 'vast', 'considerable']);

function meansPeople(s: Sentence, text: string): boolean | undefined {
  // A sentence with inline code is about software ("each resource will have a single \`client_scope\`").
  if (s.hasCode || s.words.slice(s.last + 1, s.last + 8).some((x) => THING_NEAR_AFTER.has(x))) return false;
  // ("configure the right resource", "leaking any resources": the verb may stand a word or two before.)
  // A role right before the word says people ("engineering resources"), and outweighs freeing up, said of a
  // machine's resources as often as of people's time ("freeing up engineering resources").
  const strong = ROLES.has(wordAt(s, -1) ?? '');
  const freedRole = (x: string) => strong && FREEING.has(x);
  if ([-1, -2, -3].some((k) => THING_VERBS.has(wordAt(s, k) ?? '') && !freedRole(wordAt(s, k) ?? ''))) return false;
  // "pmp::AllocationException: Indicate failure to allocate a new resource": an allocation that failed is an error a
  // program reports, of memory or handles. (Not "we failed to allocate a resource to the project": said of a team.)
  if (!strong && /\b(?:failure|fails|failed|failing) to allocate\b/.test(wordsBefore(s, 6).join(' ')) &&
    !s.words.slice(0, s.first).some((w) => ['i', 'we', 'they', 'you', 'he', 'she', 'management'].includes(w))) return false;
  // "the departing player's resources", "a user's resources": what one person holds (in a game, an account), not people.
  if (/'s$/.test(wordAt(s, -1) ?? '') && HOLDERS.has((wordAt(s, -1) ?? '').slice(0, -2))) return false;
  // "long running tests that use many resources", "Docker ends up using more resources": what something uses up,
  // a machine's (every such sentence in the corpus). Not "we could use more resources", which asks for people.
  if (usedUp(s)) return false;
  // "a resource which has helped me to learn Java": "which" is said of things. And one word has one sense in a
  // sentence: "we need two more resources before creating any resources using FluxCD", "…add that resource".
  // (A role right before the word still says people: "prioritize finite engineering resources, which affects…",
  // where "which" is said of the whole clause.)
  if (s.words.some((w, i) => (w === 'resource' || w === 'resources') && ((s.words[i + 1] === 'which' && !(i === s.first && strong)) || (i !== s.first && [1, 2, 3].some((k) => THING_VERBS.has(s.words[i - k] ?? '')))))) return false;
  // "resource bundle", "resource target", "Java Resource Detection": "resource" names a kind of thing.
  const n0 = wordAt(s, 1);
  // "the time resources to work on it": someone's time, not people.
  if (['time', 'financial', 'compute', 'computing'].includes(wordAt(s, -1) ?? '') && !fullTime(s)) return false;
  // "offshore resource provider", "dedicated resource(s)": a role before, or the plural written "(s)".
  const roleFirm = ROLES.has(wordAt(s, -1) ?? '') && ['provider', 'providers', 'augmentation', 'vendor', 'vendors', 'firm', 'firms'].includes(n0 ?? '');
  // The practice criticised, not done: "People are not resources you can swap in and out", "the commoditization
  // of human resources".
  const p1w = wordAt(s, -1) ?? '';
  if ((p1w === 'not' && ['are', 'is'].includes(wordAt(s, -2) ?? '')) || ["aren't", "isn't"].includes(p1w) || (p1w === 'a' && ["isn't", 'not'].includes(wordAt(s, -2) ?? ''))) return false;
  if (s.words.some((w) => /^(?:commodit|commodific|dehumani)/.test(w))) return false;
  // "any third party with adequate resources can backfill the network", "people with limited resources": the
  // means someone has, in general. (A role still says people: "with limited engineering resources".)
  if (HOLDINGS.has(wordAt(s, -1) ?? '') && (wordAt(s, -2) === 'with' || (wordAt(s, -3) === 'with' && ['the', 'very', 'extremely', 'so'].includes(wordAt(s, -2) ?? '')))) return false;
  // "we don't have the resources to support non-*nix systems", "short of resources", "relatively few resources
  // to move it forward", "as we only have finite resources": what a team can take on, capacity in general (the
  // guide's reading), unless a role stands before the word or the sentence names or shows the resources as
  // people ("limited resources (here: developers)", "limited resources working on…").
  // ("we don't have the internal resources to evaluate…": which means, read past by capacitySaid.)
  if (capacitySaid(s) && !ROLES.has(wordAt(s, -1) ?? '') && !(PEOPLE_BEFORE.has(wordAt(s, -1) ?? '') && !WHICH_MEANS.has(wordAt(s, -1) ?? '')) &&
    !namedAsPeople(s) && !actsAsPeople(s) && !calledResource(s) && !fullTime(s) && !peopleVerbAfter(s) &&
    !s.words.slice(s.last + 1, s.last + 11).some((w) => PEOPLE_NOUNS.has(w) || ['role', 'roles', 'positions'].includes(w))) return false;
  // "stop devoting any resources to a project", "won't be able to put any resources into it", "does not allocate any
  // resources to": whether any means at all go to the work, capacity in general (all 3 in the corpus are harmless).
  if (wordAt(s, -1) === 'any' && /^(?:devot|dedicat|put|allocat|spend|spent|commit|invest)/.test(wordAt(s, -2) ?? '')) return false;
  // "we just don't have the resources to hire you an assistant": money, what buys people or things.
  if (wordAt(s, 1) === 'to' && ['hire', 'pay', 'fund', 'buy', 'afford', 'purchase', 'finance', 'cover'].includes(wordAt(s, 2) ?? '')) return false;
  // "you will hear managers saying that a resource is not working": their words told, not the author's.
  if (s.words.slice(0, s.first).some((w, i, a) => ['saying', 'say', 'says', 'said'].includes(w) && a[i + 1] === 'that' && !['i', 'we'].includes(a[i - 1] ?? ''))) return false;
  // A procurement's defined term, capitalised: "as many of its Resources as it believes appropriate", "each of
  // its proposed Resources", "'Resource' means an individual…", "should not reference … Resource name".
  if (/^[A-Z]/.test(text) && s.first > 0 && (['its', 'their', 'proposed'].includes(wordAt(s, -1) ?? '') || ['means', 'refers', 'name', 'names'].includes(wordAt(s, 1) ?? ''))) return true;
  // "a resource becomes available, and I need to assign him", "all resources in your pool who have that role".
  if (referredToAsPerson(s)) return true;
  const dealt = dealtWith(s);
  const taken = takenOn(s);
  // (A new clause after a comma does not modify it: "led by a single senior resource, me being the second".)
  const newClause = s.clauseEnds && ['me', 'i', 'he', 'she', 'we', 'they', 'you', 'who', 'and', 'but', 'so', 'which', 'that'].includes(n0 ?? '');
  if (text.toLowerCase() === 'resource' && n0 && n0 !== 's' && !newClause && !roleFirm && !dealt && !taken && !namedAsPeople(s) && !calledResource(s) && !PERSON_RESOURCE_NEXT.has(n0) && !(GIVEN_OVER.has(n0) && PEOPLE_BEFORE.has(wordAt(s, -1) ?? '')) && !HUMAN_ACTS.has(n0) && !n0.endsWith("n't") && !COUNT.test(n0)) return false;
  const win = [-3, -2, -1, 1, 2, 3].map((k) => wordAt(s, k));
  const p1 = wordAt(s, -1);
  const p2 = wordAt(s, -2);
  const n1 = wordAt(s, 1);
  const after = s.words.slice(s.last + 1, s.last + 6);
  const saysPeople =
    (!!p1 && (PEOPLE_BEFORE.has(p1) || ORIGINS.has(p1))) || fullTime(s) || actsAsPeople(s) || taken || dealt || putOnWork(s) ||
    // ("four additional resources": a count asked for, which "additional" alone does not undo.)
    (p1 === 'additional' && COUNT.test(p2 ?? '') && countedAsk(s)) || (!!p2 && PEOPLE_BEFORE.has(p2) && p1 !== 'and' && p1 !== 'or' && !listed(s.masked, p2, p1 ?? '')) ||
    hasSeq(after, ['in', 'question']) || workedOnBy(s) || namedAsPeople(s) || calledResource(s) || after.some((x) => PEOPLE_NEAR_AFTER.has(x)) || hasSeq(s.words.slice(s.last + 1), ['to', 'work', 'on']) ||
    // "…any additional resource or have work for them?": there is work to give them.
    hasSeq(after.concat(s.words.slice(s.last + 6, s.last + 9)), ['work', 'for', 'them']) ||
    // "how many additional resources do I need?": people counted for a plan.
    (wordAt(s, -3) === 'how' && howMany(s));
  // "100 additional hours per year per resource": people's hours counted.
  if (timeCounted(s)) return true;
  // "dev and/or design resources": a role listed first decides what the list is of.
  if (rolesListed(s)) return true;
  // "I want to add resources to the frontend roadmap": links added to a document.
  if (['add', 'adding', 'added', 'adds'].includes(p1 ?? '') && n1 === 'to' && addedToDoc(s)) return false;
  // "we need a resource to take that on", "find resources to lead the migration": asked for, to do work people do.
  // ("whether we should get a dedicated resource to maintain servers": one resource, asked for to keep something
  // running, is a person; "resources to maintain servers" may be money or machines.)
  const oneAsked = text.toLowerCase() === 'resource' && wordsBefore(s, 3).some((w) => ['a', 'an', 'one', 'another'].includes(w));
  if (n1 === 'to' && (PEOPLE_WORK.has(wordAt(s, 2) ?? '') || (oneAsked && ['maintain', 'handle', 'answer', 'support', 'run'].includes(wordAt(s, 2) ?? ''))) && wordsBefore(s, 4).some((w) => NEEDING.has(w))) return true;
  // "a fraction of a resource", "half a resource": a person split into parts.
  // "engineering resources for design systems": a word right before that says people outweighs a thing named after.
  const near = strong ? win.slice(0, 3) : win;
  if (near.some((x) => x && THING_NEAR.has(x) && !(EITHER.has(x) && saysPeople) && !freedRole(x)) && !hasSeq(s.words, ['to', 'work', 'on'])) return false;
  if (saysPeople) return true;
  // "How many resources should you put on a project?": people put on work.
  // (Not "how many registers you have and how many resources to use": counted for a machine.)
  if ((hasSeq(s.words.slice(s.last + 1, s.last + 5), ['on', 'a', 'project']) && putOnWork(s)) || (howMany(s) && !s.words.some((x) => TECH.has(x)))) return true;
  // Nothing right beside the word says people, and the sentence is about software.
  if (s.words.some((x) => TECH.has(x))) return false;
  // The sentence is about hiring and staffing ("The resources have been hired…", "hiring external resources,
  // such as freelancers", "Our Indian resource reported for training"), and names no thing nearby.
  // (Not "Staff augmentation is a beneficial resource": one thing, valued.)
  if (s.words.some((x) => STAFFING.has(x)) && !(text.toLowerCase() === 'resource' && ['a', 'an'].includes(wordAt(s, -2) ?? '')) && !win.some((x) => x && THING_NEAR.has(x) && !EITHER.has(x))) return true;
  if (peopleVerbAfter(s) || hasSeq(s.words.slice(s.last + 1, s.last + 6), ['working', 'on'])) return true;
  // "two more resources", "3 resources" after a verb of asking: people counted as a quantity.
  // Otherwise nothing here says people, and nothing says a thing either: undecided.
  return countedAsk(s) || undefined;
}
/** "how many resources", "how many more resources": people counted for a plan. */
function howMany(s: Sentence): boolean {
  const p1 = wordAt(s, -1);
  return (wordAt(s, -2) === 'how' && p1 === 'many') || (wordAt(s, -3) === 'how' && wordAt(s, -2) === 'many' && ['more', 'additional', 'extra', 'new'].includes(p1 ?? ''));
}
/** "100 additional hours per resource", "a fraction of a resource", "half a resource": a person's time counted or split. */
function timeCounted(s: Sentence): boolean {
  return (wordAt(s, -1) === 'per' && s.words.some((x) => ['hours', 'utilization', 'utilisation', 'billable', 'salary', 'salaries'].includes(x))) ||
    // (One person split: "a fraction of a resource"; "a fraction of the resources a server would use" is a share of a pool.)
    (hasSeq(wordsBefore(s, 4), ['fraction', 'of']) && s.words[s.first] === 'resource') || (wordAt(s, -1) === 'a' && wordAt(s, -2) === 'half');
}
/** "two more resources", "3 resources", "four additional resources" after a verb of asking: people counted as a quantity. */
function countedAsk(s: Sentence): boolean {
  const p1 = wordAt(s, -1);
  const p2 = wordAt(s, -2);
  const byTwo = !!p2 && COUNT.test(p2) && ['more', 'extra', 'additional', 'new'].includes(p1 ?? '');
  const counted = byTwo || (!!p1 && COUNT.test(p1) && p1 !== 'a');
  return counted && (s.words.slice(0, s.first - (byTwo ? 2 : 1)).some((x) => NEED.includes(x)) || dialled(s));
}

/**
 * Roles that can also name things before "resource(s)": "human" (the HR department), "technical", "tech", "test",
 * "testing" (documents, fixtures), platforms and design ("Android resources" are a folder, "UI resources" images),
 * "contract" and "replacement" (parts).
 */
const ROLES_READ_EITHER_WAY = new Set(['human', 'technical', 'tech', 'test', 'testing', 'mobile', 'ios', 'android', 'ux', 'ui', 'contract', 'replacement', 'ops', 'paid']);
/** Words right before "resource(s)" that leave no other reading ("engineering resources", "two QA resources", "offshore resources"). */
const CLEAR_ROLES = new Set([...[...ROLES].filter((r) => !ROLES_READ_EITHER_WAY.has(r)), ...STACKS, ...ABLE]);
/**
 * Whether the words around "resource(s)" leave no reading but people: a role right before, people taken on
 * or counted as a quantity asked for, the resource spoken of as a person or doing what only people do.
 * On first sight in blind rounds d–s these were right on 95 of 99 findings; the other readings of people (a
 * staffing topic, a word two places off, the learned model) on 77 of 108, under the 90 % a warning needs, so
 * they are questions. (Rounds q–s were read before the last of these readings were added: round t is their test.)
 */
function clearlyPeople(s: Sentence): boolean {
  const p1 = wordAt(s, -1) ?? '';
  // ("offshore technical resources", "junior-level resources": the role one word further off.)
  const role = CLEAR_ROLES.has(p1) || (['technical', 'development', 'level', 'engineering', 'it'].includes(p1) && CLEAR_ROLES.has(wordAt(s, -2) ?? ''));
  return role || ORIGINS.has(p1) || rolesListed(s) || fullTime(s) || referredToAsPerson(s) || namedAsPeople(s) || calledResource(s) || actsAsPeople(s) || takenOn(s) ||
    countedAsk(s) || workedOnBy(s) || howMany(s) || timeCounted(s) || putOnWork(s) ||
    // "resources with the right skills", "resources with SAP expertise". (Not "a view of your resources, improving the
    // overall user experience": another clause, and the users' experience of a product.)
    (!s.clauseEnds && s.words.slice(s.last + 1, s.last + 6).some((x, i, a) => x === 'expertise' || (SKILLS.includes(x) && a[i - 1] !== 'user')));
}
/** What "and resources" is listed beside when the resources are not people: "the people and resources they need". */
const BESIDE_PEOPLE = new Set(['people', 'staff', 'staffing', 'time', 'money', 'funding', 'budget', 'tools', 'personnel']);
/** "dev and/or design resources", "QA and UX resources": a clear role, then a conjunction, then the word before "resources". */
function rolesListed(s: Sentence): boolean {
  // ("design and engineering resources": a team's function listed before a role, both said of people.)
  if (CLEAR_ROLES.has(wordAt(s, -1) ?? '') && ['and', 'or', '&'].includes(wordAt(s, -2) ?? '') && FUNCTIONS.has(wordAt(s, -3) ?? '')) return true;
  let k = -2;
  // ("coders and any other resources": the others of a list that opens with a role.)
  if (['other', 'more', 'additional'].includes(wordAt(s, -1) ?? '')) k = ['any', 'all'].includes(wordAt(s, -2) ?? '') ? -3 : -2;
  if (!['and', 'or', '&'].includes(wordAt(s, k) ?? '')) return false;
  while (['and', 'or', '&'].includes(wordAt(s, k) ?? '')) k--;
  return CLEAR_ROLES.has(wordAt(s, k) ?? '');
}
/** A team's function, named beside a role: "design and engineering resources", "product and dev resources". */
const FUNCTIONS = new Set(['design', 'product', 'research', 'data', 'marketing', 'sales', 'support', 'content']);
/** Work only people take on: "a resource to *take* that on", "resources to *lead* it". */
const PEOPLE_WORK = new Set(['take', 'own', 'lead', 'drive', 'champion', 'coordinate', 'manage', 'review', 'mentor', 'triage', 'staff', 'cover', 'shepherd']);
/** Asking for someone: "we need a resource to…", "find a resource to…". */
const NEEDING = new Set(['need', 'needs', 'needed', 'find', 'hire', 'assign', 'get', 'want', 'require', 'requires', 'lack', 'dedicate', 'allocate']);
/** "…to the frontend roadmap", "…to our README": the first noun after "to", past determiners and qualifiers, is a document. */
function addedToDoc(s: Sentence): boolean {
  const noun = s.words.slice(s.last + 2, s.last + 6).find((w) => !DETERMINERS.has(w) && !TECH.has(w) && !/^[a-z]+end$/.test(w));
  return DOCS.has(noun ?? '');
}
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'this', 'my', 'your', 'their']);
/** "a full time resource", "part time resources": people's working hours ("full-time" as one word is in PEOPLE_BEFORE). */
const fullTime = (s: Sentence) => wordAt(s, -1) === 'time' && ['full', 'part'].includes(wordAt(s, -2) ?? '');
/** Documents that links are added to: "add resources to the roadmap". */
const DOCS = new Set(['roadmap', 'list', 'page', 'readme', 'wiki', 'docs', 'guide', 'section', 'repo', 'repository', 'website', 'site', 'collection', 'library', 'folder', 'doc', 'document', 'handbook', 'sidebar', 'curriculum', 'course']);
/** "two more headcount", "additional FTEs": a number of people asked for. */
function headcountCounted(s: Sentence): boolean {
  const p1 = wordAt(s, -1) ?? '';
  // ("engineering headcount", "increasing headcount", "adding headcount": a role's people, or people added like a dial.)
  return (COUNT.test(p1) && p1 !== 'a' && p1 !== 'many') || CLEAR_ROLES.has(p1) || dialled(s) || ['add', 'adding', 'added', 'hire', 'hiring', 'cut', 'cutting', 'reduce', 'reducing'].includes(p1);
}

export default phraseRule<PeopleWord>({
  id: 'no-people-as-resources',
  meta: {
    description: 'Flags people called "resources", "headcount", "bodies" or "code monkeys", and suggests naming them as people.',
    rationale:
      'Calling engineers resources treats them as interchangeable units to allocate, and they notice. Naming people as people (engineers, designers, the team) keeps the conversation about who does the work and what they need. The rule reads the sentence: computing, learning and design resources are things, and "resources" as what a team can take on ("we don\'t have the resources to…", "short of resources", "limited resources") is capacity in general, so both are left alone; where the words around "resources" say neither, a small model trained on sentences labelled by readers decides. A document keeps one sense of the word: where it uses \"resources\" for things throughout (five readings of things, people at most a quarter as often), its unclear uses are not asked about. Its findings are info by default. The clearest readings are stated: a role right before the word ("engineering resources", "offshore resources"), people hired or counted as a quantity asked for ("two more resources", "more headcount"), or the resource doing what only people do ("the resource said he would be late"). The other readings (a staffing topic, a word further off, the model) are asked as questions. On the blind rounds of real sentences measured since this split was made (test-q to test-ct in eval/first-sight.json), the clear readings were right on 160 of 208 first findings (77 %) and the questions on 146 of 225, short of the 90 % a warning needs. A team that wants them as warnings sets the rule to "warning"; then the clear readings warn and the questions stay one level softer. Which word fits ("engineers", "designers", "people") is the author\'s call, so the rewrite is a suggestion.',
    category: 'phrasing',
    defaultSeverity: 'info',
    fixable: 'safe',
    optionsSchema: phraseOptionsSchema('"resources"'),
    defaultOptions: {},
    examples: {
      bad: [
        { markdown: 'We need two more resources to hit the date.' },
        { markdown: 'Ask for more headcount next quarter.' },
        { markdown: 'We will borrow engineering resources from Payments.' },
        { markdown: 'The migration took 200 man-hours.', note: '"person-hours" means exactly the same, so that rewrite is a safe fix.' },
      ],
      good: [
        { markdown: 'We need two more engineers to hit the date.' },
        { markdown: 'Design resources (Figma files, the research deck) are linked below, and the pods need more CPU resources.' },
      ],
    },
  },
  phrases: PHRASES,
  extraData: () => ({ test: 'always', replace: [] }),
  check(ctx, hits) {
    const readings = hits.map((h) => (h.match.data.test === 'resources' ? meansPeople(h.sentence, h.text) : undefined));
    const things = thingSense(readings);
    for (const [i, { block, match, sentence: s, text }] of hits.entries()) {
      const { test, replace, exact } = match.data;
      // "Resource Notices", "Resource Manager": a capitalised name of a feature or a product, not a sentence about people.
      if (test === 'resources' && /^R/.test(text) && /^[ \t]+\p{Lu}\p{Ll}/u.test(ctx.doc.text.slice(match.end, match.end + 4)) && wordAt(s, -1) !== 'human') continue;
      // The patterns read the words around "resources"; where they say neither people nor a thing, a
      // model trained on labelled sentences reads the whole sentence ("the resource's manager",
      // "swap out resources mid-project"): see kit/learned.ts.
      const people = test === 'resources' ? readings[i] : true;
      // (Only in a sentence of running text: a heading or a table cell ("Key resources") gives it too little to read.
      // Not in engineers' own design documents, where "resource" is nearly always an API object, a file or compute,
      // and the patterns alone decide.)
      const readable = block.type === 'paragraph' && s.words.length >= MIN_WORDS_FOR_MODEL && !engineersOwnDesign(ctx.doc, ctx.kind);
      if (people === false || (people === undefined && !(readable && says(PEOPLE_MODEL, s.words)))) continue;
      // The department: capitalised as a name ("contact Human Resources", "VP, Human Resources"), named by its staff
      // or office ("the city's human resources director", "our human resources team"), or first of a short list that
      // one such word closes ("human resources, payroll, and people management software").
      if (test === 'resources' && wordAt(s, -1) === 'human' && (/^R/.test(text) || HR_OFFICE.has(wordAt(s, 1) ?? '') || HR_LIST.test(s.masked))) continue;
      // "management treat developers as equivalent resources": the practice described, as "calling people resources" is.
      if (test === 'resources' && treatedAs(s)) continue;
      // "You're not just allocating interchangeable resources—you're orchestrating humans": the framing set aside.
      if (test === 'resources' && wordsBefore(s, 5).some((w, i, a) => w === 'not' && ['just', 'merely', 'simply', 'only'].includes(a[i + 1] ?? ''))) continue;
      // "teams have the people and resources they need", "staff, time and resources": listed beside people, the
      // resources are something else. (Not "coders and any other resources": see rolesListed.)
      if (test === 'resources' && ['and', '&'].includes(wordAt(s, -1) ?? '') && BESIDE_PEOPLE.has(wordAt(s, -2) ?? '')) continue;
      // "Sought as a resource/mentor", "acts as a resource for others": someone others turn to for help.
      if (test === 'resources' && wordAt(s, -1) === 'a' && wordAt(s, -2) === 'as') continue;
      if (test === 'demand' && !headcountAsked(s, text)) continue;
      // Stated only where the reading is clear (a warning when the team sets the rule to warning); otherwise a
      // question, one level softer (see clearlyPeople). "man-hours" is a unit of
      // effort ("5000 man-hours behind schedule") as often as people counted.
      const clear = test === 'always' ? !exact : test === 'demand' ? headcountCounted(s) : people === true && clearlyPeople(s);
      // A question about a word the document uses throughout for things (see thingSense) is not worth asking.
      if (!clear && test === 'resources' && things) continue;
      const fixes: Fix[] = replace.map((r) => ({ title: `Replace "${text}" with "${matchCase(text, r)}"`, edits: [{ start: match.start, end: match.end, text: matchCase(text, r) }], safe: !!exact }));
      ctx.report({
        message: clear
          ? `"${text}" talks about people as a quantity to allocate. Say who they are (engineers, designers, the team).`
          : `Does "${text}" mean people here? Then it talks about them as a quantity to allocate: say who they are (engineers, designers, the team).`,
        start: match.start,
        end: match.end,
        fixes,
        ...(clear ? {} : { softer: true }),
      });
    }
  },
});
