import { formatMessage, type MessageValues } from '../src/localize/message.js';

/** The demo page's own text (not the widgets'), in English. */
const english = {
  tag: 'demo · mock API',
  signedInAs: 'Signed in as {name}',
  switchPerson: 'Switch person',
  choosePerson: 'Choose a demo person',
  settings: 'Demo settings',
  portal: 'Portal',
  theme: 'Theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.system': 'System',
  'theme.brand': 'Agency brand',
  language: 'Language',
  simulate: 'Simulate',
  latency: 'Latency (ms)',
  fault: 'Fault',
  faultNone: 'none',
  malformed: 'Malformed responses',
  leak: 'Leak buyer fields',
  states: 'Widget states',
  offline: 'offline',
  sessionEnded: 'The session of {name} has ended.',
  signInAgain: 'Sign in again',
  'shows.ava':
    'Every permission in Acme Media Group’s portal; read-only in BrightPath Marketing’s, paid in pounds.',
  'shows.ben':
    'Test mode and a cost mode that changed ten days ago; may pause and edit caps, not the integration.',
  'shows.cleo': 'A new portal with no leads yet: the empty states, and how to send the first lead.',
  'shows.dev': 'A developer: the integration and the API key, but no pause switch or caps.',
};

type DemoStrings = { readonly [K in keyof typeof english]: string };

/** The demo people, whose line on the sign-in step says what each one shows. */
export type DemoPerson = 'ava' | 'ben' | 'cleo' | 'dev';

/** The same text in each language the widgets ship, by base tag. */
const translations: Record<string, DemoStrings> = {
  de: {
    tag: 'Demo · Mock-API',
    signedInAs: 'Angemeldet als {name}',
    switchPerson: 'Person wechseln',
    choosePerson: 'Demo-Person auswählen',
    settings: 'Demo-Einstellungen',
    portal: 'Portal',
    theme: 'Design',
    'theme.light': 'Hell',
    'theme.dark': 'Dunkel',
    'theme.system': 'System',
    'theme.brand': 'Agenturmarke',
    language: 'Sprache',
    simulate: 'Simulieren',
    latency: 'Latenz (ms)',
    fault: 'Fehler',
    faultNone: 'keiner',
    malformed: 'Fehlerhafte Antworten',
    leak: 'Käuferfelder preisgeben',
    states: 'Widget-Zustände',
    offline: 'offline',
    sessionEnded: 'Die Sitzung von {name} ist beendet.',
    signInAgain: 'Erneut anmelden',
    'shows.ava':
      'Alle Rechte im Portal von Acme Media Group; nur Lesen im Portal von BrightPath Marketing, in Pfund bezahlt.',
    'shows.ben':
      'Testmodus und ein vor zehn Tagen geändertes Kostenmodell; darf pausieren und Limits ändern, nicht die Integration.',
    'shows.cleo':
      'Ein neues Portal ohne Leads: die leeren Zustände und wie der erste Lead gesendet wird.',
    'shows.dev':
      'Ein Entwickler: Integration und API-Schlüssel, aber kein Pausenschalter und keine Limits.',
  },
  fr: {
    tag: 'démo · API simulée',
    signedInAs: 'Connecté en tant que {name}',
    switchPerson: 'Changer de personne',
    choosePerson: 'Choisir une personne de démo',
    settings: 'Paramètres de la démo',
    portal: 'Portail',
    theme: 'Thème',
    'theme.light': 'Clair',
    'theme.dark': 'Sombre',
    'theme.system': 'Système',
    'theme.brand': 'Marque de l’agence',
    language: 'Langue',
    simulate: 'Simuler',
    latency: 'Latence (ms)',
    fault: 'Erreur',
    faultNone: 'aucune',
    malformed: 'Réponses mal formées',
    leak: 'Divulguer les champs acheteur',
    states: 'États des widgets',
    offline: 'hors ligne',
    sessionEnded: 'La session de {name} a pris fin.',
    signInAgain: 'Se reconnecter',
    'shows.ava':
      'Toutes les permissions dans le portail d’Acme Media Group ; lecture seule dans celui de BrightPath Marketing, payé en livres.',
    'shows.ben':
      'Mode test et un mode de coût changé il y a dix jours ; peut mettre en pause et modifier les plafonds, pas l’intégration.',
    'shows.cleo':
      'Un nouveau portail sans leads : les états vides, et comment envoyer le premier lead.',
    'shows.dev': 'Un développeur : l’intégration et la clé d’API, mais ni pause ni plafonds.',
  },
  es: {
    tag: 'demo · API simulada',
    signedInAs: 'Sesión iniciada como {name}',
    switchPerson: 'Cambiar de persona',
    choosePerson: 'Elija una persona de demostración',
    settings: 'Configuración de la demo',
    portal: 'Portal',
    theme: 'Tema',
    'theme.light': 'Claro',
    'theme.dark': 'Oscuro',
    'theme.system': 'Sistema',
    'theme.brand': 'Marca de la agencia',
    language: 'Idioma',
    simulate: 'Simular',
    latency: 'Latencia (ms)',
    fault: 'Fallo',
    faultNone: 'ninguno',
    malformed: 'Respuestas mal formadas',
    leak: 'Exponer campos del comprador',
    states: 'Estados del widget',
    offline: 'sin conexión',
    sessionEnded: 'La sesión de {name} ha terminado.',
    signInAgain: 'Volver a iniciar sesión',
    'shows.ava':
      'Todos los permisos en el portal de Acme Media Group; solo lectura en el de BrightPath Marketing, pagado en libras.',
    'shows.ben':
      'Modo de prueba y un modo de coste que cambió hace diez días; puede pausar y editar límites, no la integración.',
    'shows.cleo': 'Un portal nuevo sin leads: los estados vacíos y cómo enviar el primer lead.',
    'shows.dev': 'Un desarrollador: la integración y la clave de API, pero sin pausa ni límites.',
  },
  pt: {
    tag: 'demo · API simulada',
    signedInAs: 'Conectado como {name}',
    switchPerson: 'Trocar pessoa',
    choosePerson: 'Escolha uma pessoa de demonstração',
    settings: 'Configurações da demo',
    portal: 'Portal',
    theme: 'Tema',
    'theme.light': 'Claro',
    'theme.dark': 'Escuro',
    'theme.system': 'Sistema',
    'theme.brand': 'Marca da agência',
    language: 'Idioma',
    simulate: 'Simular',
    latency: 'Latência (ms)',
    fault: 'Falha',
    faultNone: 'nenhuma',
    malformed: 'Respostas malformadas',
    leak: 'Vazar campos do comprador',
    states: 'Estados dos widgets',
    offline: 'offline',
    sessionEnded: 'A sessão de {name} terminou.',
    signInAgain: 'Entrar novamente',
    'shows.ava':
      'Todas as permissões no portal da Acme Media Group; somente leitura no da BrightPath Marketing, pago em libras.',
    'shows.ben':
      'Modo de teste e um modo de custo que mudou há dez dias; pode pausar e editar limites, não a integração.',
    'shows.cleo':
      'Um portal novo ainda sem leads: os estados vazios e como enviar o primeiro lead.',
    'shows.dev': 'Um desenvolvedor: a integração e a chave de API, mas sem pausa nem limites.',
  },
  ar: {
    tag: 'عرض توضيحي · API محاكاة',
    signedInAs: 'تم تسجيل الدخول باسم {name}',
    switchPerson: 'تبديل الشخص',
    choosePerson: 'اختر شخصًا تجريبيًا',
    settings: 'إعدادات العرض التوضيحي',
    portal: 'البوابة',
    theme: 'المظهر',
    'theme.light': 'فاتح',
    'theme.dark': 'داكن',
    'theme.system': 'النظام',
    'theme.brand': 'العلامة التجارية للوكالة',
    language: 'اللغة',
    simulate: 'المحاكاة',
    latency: 'زمن الاستجابة (مللي ثانية)',
    fault: 'عطل',
    faultNone: 'لا شيء',
    malformed: 'استجابات تالفة',
    leak: 'تسريب حقول المشتري',
    states: 'حالات الأداة',
    offline: 'عدم الاتصال',
    sessionEnded: 'انتهت جلسة {name}.',
    signInAgain: 'سجّل الدخول مجددًا',
    'shows.ava':
      'كل الصلاحيات في بوابة Acme Media Group؛ قراءة فقط في بوابة BrightPath Marketing، والدفع بالجنيه الإسترليني.',
    'shows.ben':
      'وضع الاختبار ونمط تكلفة تغيّر قبل عشرة أيام؛ يمكنه الإيقاف المؤقت وتعديل الحدود، لا التكامل.',
    'shows.cleo': 'بوابة جديدة بلا عملاء محتملين بعد: الحالات الفارغة وكيفية إرسال أول عميل محتمل.',
    'shows.dev': 'مطوّر: التكامل ومفتاح API، دون مفتاح الإيقاف المؤقت أو الحدود.',
  },
};

/** The demo's text `key` in `locale` (English where it has none), values filled in. */
export function demoText(locale: string, key: keyof DemoStrings, values?: MessageValues): string {
  const base = locale.split('-')[0] as string;
  return formatMessage((translations[base] ?? english)[key], values ?? {}, locale);
}
