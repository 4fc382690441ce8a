import { t as toJson, u as utf8Length, M as MAX_CONTEXT_BYTES, d as doc, a as uuid, b as truncate, c as buildEvent, e as MAX_COMMENT, h as httpSink } from './http.js';
import { r as report, g as guard, n as nextTask, F as FREQUENCY } from './index2.js';
import { lazySink } from './lazy.js';

function cleanContext(value, where) {
  if (value == null) return;
  let json;
  try {
    json = toJson(value);
  } catch {
  }
  if (!json || json[0] != "{") report(`${where}: context must be a JSON object; dropped`, "warn");
  else if (utf8Length(json) > MAX_CONTEXT_BYTES) report(`${where}: context is over ${MAX_CONTEXT_BYTES} bytes; dropped`, "warn");
  else return JSON.parse(json);
}

function present$1(ui, o) {
  const { touchpoint: tp, config: c, preview } = o;
  const placement = tp.placement ?? c.placement ?? "bottom-right";
  const parent = placement == "inline" ? doc("querySelector").call(document, tp.container) : doc("body");
  if (!parent) return;
  const host = doc("createElement").call(document, "div");
  host.dataset.momentsTouchpoint = tp.id;
  const moment = uuid();
  const base = c.context;
  const merged = cleanContext({ ...typeof base == "function" ? guard("context", base)() : base, ...cleanContext(o.context, tp.id) }, tp.id);
  const redact = Object.assign(/* @__PURE__ */ Object.create(null), c.redact, tp.redact);
  const context = merged && Object.keys(merged).length ? cleanContext(ui.redactDeep(merged, redact), tp.id) : void 0;
  const emit = (what, fields) => o.emit(buildEvent("moment." + what, { touchpoint: tp.id, stage: tp.stage, moment, visitor: o.visitor, context, preview, ...fields }, c.keepQuery));
  const record = (what, fields) => {
    o.record(what);
    emit(what, fields);
  };
  let shown;
  parent.append(host);
  const unmount = ui.mount(host, {
    touchpoint: tp,
    text: c.text,
    locale: c.locale && c.locale != "auto" ? c.locale : doc("documentElement").lang || navigator.language,
    theme: c.theme ?? "light",
    placement,
    nonce: c.nonce,
    onShown() {
      shown = true;
      record("shown");
    },
    onAnswer: (value, reasons) => record("answered", { rating: { scale: tp.scale, value }, reasons: reasons?.length ? reasons : void 0 }),
    onComment(comment) {
      comment = truncate(ui.redactText(comment.trim(), redact), MAX_COMMENT);
      if (comment) emit("commented", { comment });
    },
    // Only the address: `mount` sends one the contact step checked; it leaves here exactly as typed (trimmed).
    onContact: (email) => emit("contact", { contact: { email } }),
    onDismiss: () => record("dismissed"),
    onClose: o.onClose
  });
  return (reason) => {
    if (reason && shown) emit("dismissed", { reason });
    guard("unmount", unmount)();
    host.remove();
  };
}

function luhn(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = +digits[digits.length - 1 - i];
    if (i % 2 && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 == 0;
}
function redactText(text, options) {
  if (options.card !== false)
    text = text.replace(/\b\d(?:[ -]?\d){12,18}\b/g, (m) => luhn(m.replace(/\D/g, "")) ? "[card]" : m);
  if (options.email !== false) text = text.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "[email]");
  if (options.phone) text = text.replace(
    /(?:\+|\b00)?\d[\d ().-]{7,}\d\b/g,
    (m) => m.replace(/\D/g, "").length < 8 || /^\d{4}-\d\d-\d\d$|^\d\d?[./-]\d\d?[./-]\d{2,4}$/.test(m) ? m : "[phone]"
    // dates stay
  );
  return options.custom ? options.custom(text) : text;
}
function redactDeep(value, options) {
  if (typeof value == "string") return redactText(value, options);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, options));
  if (value && typeof value == "object") {
    const out = {};
    for (const k of Object.keys(value)) out[k] = redactDeep(value[k], options);
    return out;
  }
  return value;
}

var n,t,u,i,f$1,o$1,e,l,c,a$1,h=Symbol.for("pv"),p={},y=[],v=/^m(i|n|o|s|text|space)$/,w=Array.isArray,d=y.slice,_=Object.assign;function g(n){n&&n.parentNode&&n.remove();}function m(r,u,i,f,o){var e={type:r,props:u,key:i,ref:f,__k:null,__:null,__b:0,__e:null,__c:null,constructor:h,__v:o||++t,__i:-1,__u:0};return !o&&n.vnode&&n.vnode(e),e}function M(){return {current:null}}function $(n){return n.children}function x(n,t){this.props=n,this.context=t,this.__g=0;}function S(n,t){if(null==t)return n.__&&S(n.__,n.__i+1);for(var r;t<n.__k.length;t++)if((r=n.__k[t])&&r.__e)return r.__e;return "function"!=typeof n.type||n.props.__P?null:S(n)}function C(t){var r,u=t.__v,i=u.__e,f=[],o=[],e=t.__P;e&&((r=_({constructor:h},u)).__v=u.__v+1,n.vnode&&n.vnode(r),z(e,r,u,t.__n,e.namespaceURI,32&u.__u?[i]:null,f,i||S(u),32&u.__u,o),r.__v=u.__v,r.__.__k[r.__i]=r,E(f,r,o),u.__=u.__e=null,r.__e!=i&&j(r));}function j(n){if((n=n.__)&&n.__c&&!n.props.__P)return n.__e=null,n.__k.some(function(t){return t&&(n.__e=t.__e)}),j(n)}function L(t){(8&t.__g||(t.__g|=8,u.push(t),f$1++))&&i==n.debounceRendering||((i=n.debounceRendering)||queueMicrotask)(H);}function H(){try{for(var n,t=1;u.length;)u.length>t&&u.sort(o$1),n=u.shift(),t=u.length,8&n.__g&&C(n);}finally{(f$1=u.length)&&(i||queueMicrotask)(H);}}function I(n,t,r,u,i,f,o,e,l,c,a){var s,h,v,w,d,_,g=u.__k||y,k=t.length;for(l=q(r,t,g,l,k),s=0;s<k;s++)null!=(v=r.__k[s])&&(h=~v.__i&&g[v.__i]||p,v.__i=s,_=z(n,v,h,i,f,o,e,l,c,a),w=v.__e,(h.ref!=v.ref||8&h.__u)&&(h.ref&&G(h.ref,null,v,h),v.ref&&a.push(v.ref,v.__c||w,v)),d=d||w,4&v.__u?(l=A(v,l,n,!h.__v),h.__e&&(h.__e=null)):"function"==typeof v.type&&void 0!==_?l=_:w&&(l=w.nextSibling),v.__u&=-21);return r.__e=d,l}function q(n,t,r,u,i){var f,o,e,l,c,a,s,p,y,v=r.length,d=v,_=0,g=0,k=n.__k=Array(i);for(f=0;f<i;f++)null!=(o=t[f])&&"boolean"!=typeof o&&"function"!=typeof o?("object"!=typeof o||o.constructor===String?o=k[f]=m(null,o):w(o)?o=k[f]=m($,{children:o}):o.constructor===h&&o.__b?o=k[f]=m(o.type,o.props,o.key,o.ref,o.__v):k[f]=o,l=f+_,o.__=n,o.__b=n.__b+1,e=null,~(c=o.__i=P(o,r,l,d))&&(d--,(e=r[c])&&(e.__u|=2)),e&&e.__v?(o.__u|=16,c==l-1?_--:c==l+1?_++:c!=l&&(c>l?_--:_++,g=1)):(~c||(i>v?_--:i<v&&_++),"function"!=typeof o.type&&(o.__u|=4))):k[f]=null;if(g){for(a=[],s=[],f=0;f<i;f++)if((o=k[f])&&16&o.__u){for(_=0,p=a.length;_<p;)a[y=_+p>>1]<o.__i?_=y+1:p=y;a[_]=o.__i,s[f]=_+1;}for(_=a.length;f--;)s[f]&&(s[f]==_?_--:k[f].__u|=4);}if(d)for(f=0;f<v;f++)!(e=r[f])||2&e.__u||(e.__e==u&&(u=S(e)),J(e,e));return u}function A(n,t,r,u){var i,f,o,e;if("function"==typeof n.type){if(n.props.__P)return t;if(i=n.__k)for(f=0;f<i.length;f++)i[f]&&(i[f].__=n,t=A(i[f],t,r,false));return t}for(t&&!t.parentNode&&(t=S(n))&&!t.parentNode&&(t=null),o=n.__e,e=t;e&&8==e.nodeType;)e=e.nextSibling;for(o!=e&&(!u&&r.moveBefore&&o.parentNode?r.moveBefore(o,t):r.insertBefore(o,t||null)),t=o;(t=t&&t.nextSibling)&&8==t.nodeType&&!t.data.startsWith("$s"););return t}function P(n,t,r,u){var i,f=n.key,o=n.type,e=t[r],l=e&&!(2&e.__u);if(null===e&&null==f||l&&f==e.key&&o==e.type)return r;if(u>(l?1:0)){for(i=r-1;i>=0;i--)if((e=t[i])&&!(2&e.__u)&&f==e.key&&o==e.type)return i;for(i=r+1;i<t.length;i++)if((e=t[i])&&!(2&e.__u)&&f==e.key&&o==e.type)return i}return  -1}function T(n,t,r){null==r&&(r=""),"-"==t[0]?n.setProperty(t,r):n[t]=r;}function N(n,t,r,u,i){var f,o;if("style"==t)if("string"==typeof r)n.style.cssText=r;else {if("string"==typeof u&&(n.style.cssText=u=""),u)for(t in u)r&&t in r||T(n.style,t);if(r)for(t in r)u&&r[t]==u[t]||T(n.style,t,r[t]);}else if("o"==t[0]&&"n"==t[1])"function"!=typeof r&&(r=null),"function"!=typeof u&&(u=null),(n.__e||(n.__e={}))[t]=r,r&&u||(o=a$1[t]||(a$1[t]=V(t)),(n.__a||(n.__a={}))[t]=c,f=t!=(t=t.replace(l,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),r?n.addEventListener(t,o,f):n.removeEventListener(t,o,f));else {if("http://www.w3.org/2000/svg"==i)t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if("width"!=t&&"height"!=t&&"href"!=t&&"list"!=t&&"form"!=t&&"tabIndex"!=t&&"download"!=t&&"rowSpan"!=t&&"colSpan"!=t&&"role"!=t&&"popover"!=t&&t in n)try{return void(n[t]=null==r?"":r)}catch(n){}if("function"==typeof r)return;null==r||false===r&&"-"!=t[4]?n.removeAttribute(t):n.setAttribute(t,"popover"==t&&1==r?"":r);}}function V(t){return function(r){var u=this.__e;if(u){if(u=u[t],null==r[e])r[e]=c++;else if(r[e]<this.__a[t])return;return u(n.event?n.event(r):r)}}}function z(t,r,u,i,f,o,e,l,c,a){var s,p,v,d,k,b,m,M,C,j,L,H,q,A,O,P,T,N,V=r.type;if(r.constructor!==h)return null;128&u.__u&&(c=32&u.__u,s=u.__c.__z)&&(r.__u|=c,p=o=[],8==s.nodeType?l=B(s,o):o.push(s),l=o[0]||l),(s=n.__b)&&s(r);n:if("function"==typeof V){v=e.length;try{if(M=r.props,C=(s=V.prototype)&&s.render,j=(s=V.contextType)&&i[s.__c],L=s?j?j.props.value:s.__:i,(d=u.__c)?(r.__c=d,2&d.__g&&(d.__g|=1)):(C?r.__c=d=new V(M,L):(r.__c=d=new x(M,L),d.constructor=V,d.render=K),j&&j.sub(d),d.state||(d.state={}),d.__n=i,d.__g|=8,d.__h=[],d.__k=[]),C&&(d.__s||(d.__s=d.state),V.getDerivedStateFromProps&&(d.__s==d.state&&(d.__s=_({},d.__s)),_(d.__s,V.getDerivedStateFromProps(M,d.__s)))),k=d.props,b=d.state,d.__v=r,u.__c){if(M!==k&&C&&!V.getDerivedStateFromProps&&d.componentWillReceiveProps&&d.componentWillReceiveProps(M,L),r.__v==u.__v&&!(8&d.__g)||!(4&d.__g)&&d.shouldComponentUpdate&&!1===d.shouldComponentUpdate(M,d.__s,L)){r.__v!=u.__v&&(d.props=M,d.state=d.__s,d.__g&=-9),r.__e=u.__e,r.__k=u.__k,r.__k.some(function(n){n&&(n.__=r);}),y.push.apply(d.__h,d.__k),d.__k=[],d.__h.length&&e.push(d),l=S(u);break n}d.componentWillUpdate&&d.componentWillUpdate(M,d.__s,L),C&&d.componentDidUpdate&&d.__h.push(function(){d.componentDidUpdate(k,b,m);});}else C&&!V.getDerivedStateFromProps&&d.componentWillMount&&d.componentWillMount(),C&&d.componentDidMount&&d.__h.push(d.componentDidMount);d.context=L,d.props=M,d.__P=t,d.__g&=-5,H=n.__r,q=C?25:0;do{d.__g&=-9,H&&H(r),s=d.render(d.props,d.state=d.__s,d.context);}while(8&d.__g&&++q<25);C&&(y.push.apply(d.__h,d.__k),d.__k=[]),d.state=d.__s,d.getChildContext&&(i=_({},i,d.getChildContext())),C&&u.__c&&d.getSnapshotBeforeUpdate&&(m=d.getSnapshotBeforeUpdate(k,b)),A=s&&s.type===$&&null==s.key?s.props.children:s,M.__P&&(s=l,f=(t=M.__P).namespaceURI,c=o=null,u.props&&u.props.__P!=t&&(u.__k.some(function(n){n&&J(n,n);}),u.__k=null),l=u.__k?S(u,0):null),l=I(t,w(A)?A:[A],r,u,i,f,o,e,l,c,a),M.__P&&(r.__e=null,l=s),r.__u&=-161,p&&p.some(g),d.__h.length&&e.push(d),1&d.__g&&(d.__g&=-4);}catch(t){if(e.length=v,r.__v=null,c||o)if(t&&t.then){if(r.__u|=128|c,o){for(~(T=o.indexOf(l||void 0))||(T=o.length);(N=o[T-1])&&8==N.nodeType;)T--;for(;T<o.length;T++)if(N=o[T])if(o[T]=null,O){if(N==P)break}else {if(8!=N.nodeType)break;N.data.startsWith("$s")&&(P=B(O=N));}}if(!O){for(;l&&8==l.nodeType&&l.nextSibling;)l=l.nextSibling;O=l;}(s=B(O=r.__c.__z||(r.__c.__z=O)))?(r.__e=O,l=s):r.__e=l,l=l&&l.nextSibling;}else o&&o.some(g);else r.__e=u.__e;r.__k||(r.__k=u.__k||[]),t&&t.then||D(r),n.__e(t,r,u);}}else l=r.__e=F(u.__e,r,u,i,f,o,e,c,a,t);return (s=n.diffed)&&s(r),l}function B(n,t){if(n&&8==n.nodeType&&n.data.startsWith("$s"))for(var r=1;n=n.nextSibling;){if(8==n.nodeType)if(n.data.startsWith("$s"))r++;else if(n.data.startsWith("/$s")&&!--r)return n;t&&t.push(n);}}function D(n){n&&(n.__c&&(n.__c.__g|=4),n.__k&&n.__k.some(D));}function E(t,r,u){for(var i=0;i<u.length;)G(u[i++],u[i++],u[i++]);n.__c&&n.__c(r,t),t.some(function(r){try{t=r.__h,r.__h=[],t.some(function(n){n.call(r);});}catch(t){n.__e(t,r.__v);}});}function F(t,r,u,i,f,o,e,l,c,a){var s,h,y,_,k,b,m,M,$=u.props||p,x=r.props,C=r.type;if("svg"==C?f="http://www.w3.org/2000/svg":"math"==C?f="http://www.w3.org/1998/Math/MathML":f||(f="http://www.w3.org/1999/xhtml"),o)for(s=0;s<o.length;s++)if((k=o[s])&&(C?k.localName==C:3==k.nodeType)){t=k,o[s]=null;break}if(!t){if(M=a.ownerDocument||document,!C)return M.createTextNode(x);t=M.createElementNS(f,C,x.is?x:a),l&&(n.__m&&n.__m(r,o),l=false),o=null;}if(C){if(a="template"==C&&t.content||t,o="textarea"==C&&null!=x.defaultValue?null:o&&d.call(a.childNodes),!l&&o)for($={},s=0;s<t.attributes.length;s++)$[(k=t.attributes[s]).name]=k.value;for(s in $)k=$[s],"dangerouslySetInnerHTML"==s?y=k:"children"==s||s in x||"value"==s&&"defaultValue"in x||"checked"==s&&"defaultChecked"in x||N(t,s,null,k,f);for(s in x)k=x[s],"children"==s?_=k:"dangerouslySetInnerHTML"==s?h=k:"value"==s?b=k:"checked"==s?m=k:l&&"function"!=typeof k||$[s]===k||N(t,s,k,$[s],f);h?(l||y&&(h.__html==y.__html||h.__html==t.innerHTML)||(t.innerHTML=h.__html),r.__k=[]):(y&&(t.textContent=""),("foreignObject"==C||"http://www.w3.org/1998/Math/MathML"==f&&v.test(C))&&(f="http://www.w3.org/1999/xhtml"),I(a,w(_)?_:[_],r,u,i,f,o,e,o?o[0]:u.__k&&S(u,0),l,c),o&&o.some(g)),l&&"textarea"!=C||(s="value","progress"==C&&null==b?t.removeAttribute(s):null==b||b===t[s]&&("progress"!=C||b)||N(t,s,b,$[s],f),s="checked",null!=m&&m!=t[s]&&N(t,s,m,$[s],f));}else $===x||l&&t.data==x||(t.data=x);return t}function G(t,r,u,i){try{"function"==typeof t?r?r.__x=t(r)||1:i&&(i=i.__c||i.__e)&&(r=i.__x)&&(i.__x=null,"function"==typeof r?r():t(null)):t.current=r;}catch(t){n.__e(t,u);}}function J(t,r,u){var i,f,o,e;if(n.unmount&&n.unmount(t),!(i=t.ref)||i.current&&i.current!=t.__e||G(i,null,r,t),i=t.__c){if(i.componentWillUnmount)try{i.componentWillUnmount();}catch(t){n.__e(t,r);}i.__P=i.__n=null;}if(i=t.__k)for(e=0;e<i.length;e++)i[e]&&J(i[e],r,"function"!=typeof t.type||u&&!t.props.__P);!u&&(i=t.__c)&&(i=i.__z)&&(f=B(i,o=[]))&&(i==t.__e&&o.some(g),g(f),g(i)),u||g(t.__e),t.__e=t.__c=t.__=null;}function K(n,t,r){return this.constructor(n,r)}function Q(t,r){var u,i,f,o;n.__&&n.__(t,r),9==r.nodeType&&(r=r.documentElement),i=(u=t&&32&t.__u)?null:r.__k,r.__k=m($,{children:[t]}),f=[],o=[],z(r,r.__k,i||p,p,r.namespaceURI,i?null:r.firstChild?d.call(r.childNodes):null,f,i?i.__e:r.firstChild,u,o),E(f,r.__k,o),r.__k.props.children=null;}n={__e:function(n,t,r,u){for(var i,o,e;t=t.__;)if((i=t.__c)&&!(1&i.__g)){i.__g|=4;try{if((e=(o=i.constructor)&&o.getDerivedStateFromError)&&i.setState(o.getDerivedStateFromError(n)),i.componentDidCatch&&(i.componentDidCatch(n,u||{}),e=1),e&&8&i.__g)return void(i.__g|=2)}catch(t){n=t;}}throw f$1=0,n}},t=0,x.prototype.setState=function(n,t){var r=this.__s;r&&r!=this.state||(r=this.__s=_({},this.state)),"function"==typeof n&&(n=n(_({},r),this.props)),n&&(_(r,n),this.__v&&(t&&this.__k.push(t),L(this)));},x.prototype.forceUpdate=function(n){this.__v&&(this.__g|=4,n&&this.__h.push(n),L(this));},x.prototype.render=$,u=[],f$1=0,o$1=function(n,t){return n.__v.__b-t.__v.__b},e=Symbol(),l=/(PointerCapture)$|Capture$/i,c=0,a$1={};

var f=Symbol.for("pv"),o=0;function a(t,e,n$1,u,a,i){e||(e={});var c,l,p=e;if("ref"in p&&"function"!=typeof t)for(l in p={},e)"ref"==l?c=e[l]:p[l]=e[l];var s={type:t,props:p,key:n$1,ref:c,__k:null,__:null,__b:0,__e:null,__c:null,constructor:f,__v:--o,__i:-1,__u:0};return n.vnode&&n.vnode(s),s}

let made;
function styleSheet(css) {
  if (made?.[0] != css) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    made = [css, sheet];
  }
  return made[1];
}
function adoptStyles(shadow, css, nonce) {
  try {
    shadow.adoptedStyleSheets = [styleSheet(css)];
  } catch {
    const style = doc("createElement").call(document, "style");
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    shadow.appendChild(style);
  }
}

const isRtl = (tag) => /^(ar|he|iw|fa|ur)\b/i.test(tag);

const en = {
  label: "Feedback",
  dismiss: "Close",
  submit: "Send",
  placeholder: "Tell us more (optional)",
  commentQuestion: "Anything else you would like to tell us?",
  thanks: "Thank you for your feedback!",
  contactQuestion: "May we contact you about this?",
  contactLabel: "Your e-mail address",
  contactInvalid: "Please enter a valid e-mail address, like name@example.com.",
  contactSkip: "No, thanks",
  remaining: "{n} characters left",
  npsLow: "Not at all likely",
  npsHigh: "Extremely likely",
  thumbs: ["Thumbs down", "Thumbs up"],
  emoji5: ["Very bad", "Bad", "Okay", "Good", "Very good"],
  stars5: ["1 star", "2 stars", "3 stars", "4 stars", "5 stars"],
  csat: ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"]
};

const locales = {
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  pt: () => import('./pt.js'),
  ja: () => import('./ja.js'),
  ar: () => import('./ar.js')
};
function loadText(tag) {
  const name = tag.toLowerCase().split(/[-_]/)[0];
  const load = locales[name];
  return load ? load().then(
    (m) => m.default,
    () => (report(`locale "${name}" failed to load; using English`), en)
  ) : Promise.resolve(en);
}

const THUMB = "M7 10v11M7 10l4-8a3 3 0 0 1 3 3v4h5.5a2 2 0 0 1 2 2.3l-1.3 8A2 2 0 0 1 18.2 21H4a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1z";
const STAR = "12 2.5 14.9 8.6 21.5 9.3 16.6 13.8 18 20.4 12 17 6 20.4 7.4 13.8 2.5 9.3 9.1 8.6";
function Icon({ scale, i }) {
  return /* @__PURE__ */ a("svg", { viewBox: "0 0 24 24", width: "24", height: "24", "aria-hidden": "true", focusable: "false", children: scale == "stars5" ? /* @__PURE__ */ a("polygon", { points: STAR }) : scale == "thumbs" ? /* @__PURE__ */ a("path", { d: THUMB, class: i ? "" : "down" }) : /* @__PURE__ */ a($, { children: [
    /* @__PURE__ */ a("circle", { cx: "12", cy: "12", r: "9.5" }),
    /* @__PURE__ */ a("circle", { cx: "8.8", cy: "9.8", r: "1.1", class: "eye" }),
    /* @__PURE__ */ a("circle", { cx: "15.2", cy: "9.8", r: "1.1", class: "eye" }),
    /* @__PURE__ */ a("path", { d: `M8 ${15.5 - (i - 2) * 0.6}Q12 ${15.5 + (i - 2) * 1.6} 16 ${15.5 - (i - 2) * 0.6}` })
  ] }) });
}

const MAX_EMAIL = 254;
const EMAIL = /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)+$/i;
const isEmail = (text) => text.length <= MAX_EMAIL && EMAIL.test(text);

function scaleRange(scale) {
  return scale == "thumbs" ? [0, 1] : scale == "nps" ? [0, 10] : [1, 5];
}

function values(scale) {
  const [from, to] = scaleRange(scale);
  return Array.from({ length: to - from + 1 }, (_, i) => i + from);
}

const STEPS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
const safeHref = (href) => {
  try {
    return /^(https?|mailto):$/.test(new URL(href, location.href).protocol) ? href : void 0;
  } catch {
    return void 0;
  }
};
const reducedMotion = () => matchMedia("(prefers-reduced-motion: reduce)").matches;
class Prompt extends x {
  constructor(props) {
    super(props);
    this.state = { _step: "q", _value: 0, _active: 0, _picked: [], _comment: "", _email: "", _bad: false, _out: false, _said: "" };
    this._card = M();
  }
  componentDidMount() {
    requestAnimationFrame(
      () => setTimeout(() => {
        if (!this._card.current) return;
        this.props.on.onShown();
        setTimeout(() => this._card.current && this._entered());
      })
    );
  }
  componentDidUpdate(_, prev) {
    if (prev._step !== this.state._step) this._entered();
  }
  componentWillUnmount() {
    clearTimeout(this._timer);
  }
  /** A step is on screen: announce it, move focus along if the visitor was in the prompt, arm the thanks timer. */
  _entered() {
    const { touchpoint: tp, text, inline } = this.props;
    const step = this.state._step;
    const thanks = tp.thanks || void 0;
    this.setState({
      _said: step === "q" ? `${text.label}: ${tp.question}` : step === "t" ? thanks?.text ?? text.thanks : step === "m" ? tp.contact.question ?? text.contactQuestion : step.question ?? text.commentQuestion
    });
    if (this._focus) this._card.current?.querySelector(".body button, .body textarea, .body input, .body [tabindex]")?.focus();
    this._focus = false;
    const ms = thanks?.closeAfterMs ?? (inline ? 0 : 4e3);
    if (step === "t" && ms > 0) this._timer = setTimeout(() => this._leave(false), ms);
  }
  _leave(dismissed) {
    if (this._done) return;
    this._done = true;
    clearTimeout(this._timer);
    if (dismissed) this.props.on.onDismiss();
    this.setState({ _out: true });
    setTimeout(this.props.on.onClose, reducedMotion() ? 0 : 160);
  }
  // Moving on keeps focus in the prompt only if it already was there (a floating prompt never grabs it).
  _go(next) {
    const card = this._card.current;
    const active = card?.getRootNode()?.activeElement;
    this._focus = !!active && !!card?.contains(active);
    if (next) this.setState({ _step: next });
    else this._leave(false);
  }
  _answer(v) {
    const { touchpoint: tp, on } = this.props;
    this.setState({ _value: v });
    on.onAnswer(v);
    this._go(tp.followUp?.find((f) => v >= f.min && v <= f.max && (f.reasons?.length || f.comment)) ?? this._after(v));
  }
  /** The step after the follow-up: the contact step for the ratings the touchpoint offers it for, else thanks. */
  _after(v) {
    const contact = this.props.touchpoint.contact;
    return contact && v >= contact.min && v <= contact.max ? "m" : this.props.touchpoint.thanks !== false && "t";
  }
  /** The contact step's submit: sends a valid address, or says why not and keeps focus in the field. */
  _contact(e) {
    e.preventDefault();
    const email = this.state._email.trim();
    if (isEmail(email)) {
      this.props.on.onContact(email);
      this._go(this.props.touchpoint.thanks !== false && "t");
    } else {
      this.setState({ _bad: true, _said: this.props.text.contactInvalid });
      this._card.current?.querySelector("input")?.focus();
    }
  }
  _submit() {
    const { touchpoint: tp, on } = this.props;
    const { _picked: picked, _value: value, _comment: comment } = this.state;
    if (picked.length) on.onAnswer(value, picked);
    const c = comment.trim().slice(0, tp.maxLength ?? 500);
    if (c) on.onComment(c);
    this._go(this._after(value));
  }
  _onGroupKey(e) {
    let d = STEPS[e.key];
    const n = values(this.props.touchpoint.scale).length;
    if (!d && e.key != "Home" && e.key != "End") return;
    e.preventDefault();
    if (this.props.rtl && /Left|Right/.test(e.key)) d = -d;
    const i = e.key == "Home" ? 0 : e.key == "End" ? n - 1 : (this.state._active + d + n) % n;
    this.setState({ _active: i });
    e.currentTarget.children[i].focus();
  }
  _onCardKey(e) {
    if (e.key == "Escape") {
      e.stopPropagation();
      this._leave(this.state._step !== "t");
    }
  }
  render({ touchpoint: tp, text, rtl }, { _step: step, _active: active, _picked: picked, _comment: comment, _email: email, _bad: bad, _out: out, _said: said }) {
    const thanks = tp.thanks || void 0;
    const max = tp.maxLength ?? 500;
    const fu = typeof step == "object" ? step : void 0;
    const opts = values(tp.scale);
    const labels = tp.scale == "nps" ? void 0 : text[tp.scale];
    const icons = tp.scale != "nps" && tp.scale != "csat";
    const question = fu ? fu.question ?? text.commentQuestion : step === "m" ? tp.contact.question ?? text.contactQuestion : tp.question;
    const link = thanks?.link && safeHref(thanks.link.href);
    return /* @__PURE__ */ a(
      "section",
      {
        ref: this._card,
        part: "prompt",
        class: out ? "card out" : "card",
        role: "region",
        "aria-label": text.label,
        dir: rtl ? "rtl" : "ltr",
        onKeyDown: (e) => this._onCardKey(e),
        children: [
          /* @__PURE__ */ a("div", { class: "v", role: "status", children: said }),
          /* @__PURE__ */ a("div", { class: "body", children: step === "t" ? /* @__PURE__ */ a("p", { part: "thanks", class: "k", tabIndex: -1, children: [
            thanks?.text ?? text.thanks,
            link && /* @__PURE__ */ a($, { children: [
              /* @__PURE__ */ a("br", {}),
              /* @__PURE__ */ a("a", { part: "link", href: link, children: thanks.link.text })
            ] })
          ] }) : /* @__PURE__ */ a($, { children: [
            /* @__PURE__ */ a("p", { part: "question", class: "q", id: "q", children: question }),
            step === "q" ? /* @__PURE__ */ a($, { children: [
              /* @__PURE__ */ a(
                "div",
                {
                  part: "options",
                  class: "o " + tp.scale,
                  role: "radiogroup",
                  "aria-labelledby": "q",
                  "aria-describedby": labels ? void 0 : "e",
                  onKeyDown: (e) => this._onGroupKey(e),
                  children: opts.map((v, i) => /* @__PURE__ */ a(
                    "button",
                    {
                      type: "button",
                      part: "option",
                      role: "radio",
                      "aria-checked": "false",
                      "data-value": v,
                      tabIndex: i == active ? 0 : -1,
                      "aria-label": icons ? labels[i] : void 0,
                      title: icons ? labels[i] : void 0,
                      onClick: () => this._answer(v),
                      onFocus: () => this.setState({ _active: i }),
                      children: icons ? /* @__PURE__ */ a(Icon, { scale: tp.scale, i: tp.scale == "thumbs" ? v : i }) : labels?.[i] ?? v
                    }
                  ))
                }
              ),
              !labels && /* @__PURE__ */ a("div", { part: "labels", class: "ends", id: "e", children: [
                /* @__PURE__ */ a("span", { children: text.npsLow }),
                /* @__PURE__ */ a("span", { children: text.npsHigh })
              ] })
            ] }) : step === "m" ? /* @__PURE__ */ a("form", { class: "m", "aria-labelledby": "q", noValidate: true, onSubmit: (e) => this._contact(e), children: [
              /* @__PURE__ */ a("label", { part: "label", class: "l", for: "m", children: text.contactLabel }),
              /* @__PURE__ */ a(
                "input",
                {
                  part: "email",
                  id: "m",
                  type: "email",
                  autocomplete: "email",
                  "aria-invalid": bad ? "true" : void 0,
                  "aria-describedby": bad ? "me" : void 0,
                  value: email,
                  onInput: (e) => this.setState({ _email: e.currentTarget.value, _said: "" })
                }
              ),
              bad && /* @__PURE__ */ a("p", { part: "error", class: "er", id: "me", children: text.contactInvalid }),
              /* @__PURE__ */ a("div", { class: "a", children: [
                /* @__PURE__ */ a("button", { type: "submit", part: "submit", class: "s", children: text.submit }),
                /* @__PURE__ */ a("button", { type: "button", part: "skip", onClick: () => this._go(tp.thanks !== false && "t"), children: text.contactSkip })
              ] })
            ] }) : /* @__PURE__ */ a($, { children: [
              fu.reasons?.length ? /* @__PURE__ */ a("div", { part: "reasons", class: "c", role: "group", "aria-labelledby": "q", children: fu.reasons.map((r) => /* @__PURE__ */ a(
                "button",
                {
                  type: "button",
                  part: "reason",
                  "aria-pressed": picked.includes(r) ? "true" : "false",
                  onClick: () => this.setState({ _picked: picked.includes(r) ? picked.filter((x) => x != r) : [...picked, r] }),
                  children: r
                }
              )) }) : null,
              fu.comment && /* @__PURE__ */ a($, { children: [
                /* @__PURE__ */ a(
                  "textarea",
                  {
                    part: "comment",
                    "aria-labelledby": "q",
                    "aria-describedby": "n",
                    maxLength: max,
                    placeholder: typeof fu.comment == "string" ? fu.comment : text.placeholder,
                    value: comment,
                    onInput: (e) => this.setState({ _comment: e.currentTarget.value })
                  }
                ),
                /* @__PURE__ */ a("div", { part: "counter", class: "n", id: "n", children: text.remaining.replace("{n}", String(max - comment.length)) })
              ] }),
              /* @__PURE__ */ a("button", { type: "button", part: "submit", class: "s", onClick: () => this._submit(), children: text.submit })
            ] })
          ] }) }),
          /* @__PURE__ */ a("button", { type: "button", part: "dismiss", class: "x", "aria-label": text.dismiss, onClick: () => this._leave(step !== "t"), children: /* @__PURE__ */ a("svg", { viewBox: "0 0 24 24", "aria-hidden": "true", focusable: "false", children: /* @__PURE__ */ a("path", { d: "M6 6l12 12M18 6L6 18" }) }) })
        ]
      }
    );
  }
}

const dark = "--a:var(--moments-accent,#8ab4f8);--at:var(--moments-accent-text,#0b1a33);--b:var(--moments-bg,#1f2126);--t:var(--moments-text,#f1f2f4);--m:var(--moments-muted,#aab0bb);--l:var(--moments-border,#7d8490);--e:var(--moments-error,#f2b8b5)";
const styles = `:host{all:initial!important;display:contents!important}
*{box-sizing:border-box;margin:0;padding:0}
.r{--a:var(--moments-accent,#2456d3);--at:var(--moments-accent-text,#fff);--b:var(--moments-bg,#fff);--t:var(--moments-text,#1b1d21);--m:var(--moments-muted,#595e68);--l:var(--moments-border,#858b95);--e:var(--moments-error,#b3261e);position:fixed;z-index:var(--moments-z,2147483647);font:var(--moments-font-size,14px)/1.4 var(--moments-font,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif);color:var(--t);text-align:start}
.dark{${dark}}
@media (prefers-color-scheme:dark){.auto{${dark}}}
.bottom-right{bottom:16px;right:16px}.bottom-left{bottom:16px;left:16px}.top-right{top:16px;right:16px}.top-left{top:16px;left:16px}
.inline{position:relative;z-index:auto;display:block;min-height:var(--moments-min-height,136px)}
.card{position:relative;display:block;width:var(--moments-width,360px);max-width:calc(100vw - 32px);padding:16px;background:var(--b);color:var(--t);border:1px solid var(--moments-card-border,rgba(127,127,127,.35));border-radius:var(--moments-radius,12px);box-shadow:var(--moments-shadow,0 8px 28px rgba(0,0,0,.2));animation:in .2s ease-out}
.inline .card{width:auto;max-width:none;box-shadow:none}
.out{animation:out .16s ease-in forwards}
@keyframes in{from{transform:translateY(8px)}}
@keyframes out{to{opacity:0;transform:translateY(8px)}}
.q{display:block;font-weight:600;margin:0 0 12px;padding-inline-end:32px}
button,textarea,input,a{font:inherit;color:inherit}
button{display:flex;align-items:center;justify-content:center;min-height:40px;background:var(--b);border:1px solid var(--l);border-radius:8px;cursor:pointer}
button:hover{border-color:var(--a);color:var(--a)}
:focus-visible,textarea:focus,input:focus{outline:2px solid var(--a);outline-offset:2px}
svg{width:24px;height:24px;fill:none;stroke:currentColor;stroke-width:1.6;stroke-linecap:round;stroke-linejoin:round}
.eye,polygon{fill:currentColor}
.down{transform:rotate(180deg);transform-origin:center}
.o{display:flex;gap:6px}.o>button{flex:1 1 0;min-width:0;padding:0 2px}
[aria-checked=true],[aria-pressed=true]{background:var(--a);border-color:var(--a);color:var(--at)}
.nps{gap:3px}.nps>button{min-height:36px;font-variant-numeric:tabular-nums}
.csat{flex-direction:column}.csat>button{padding:0 12px}
.stars{gap:2px;justify-content:flex-start}.stars>button{flex:0 0 44px;border-color:transparent;color:var(--l)}
.stars>button svg{width:30px;height:30px}
.stars:hover>button,.stars>[aria-checked=true]{color:var(--a);background:var(--b)}
.stars>button:hover~button{color:var(--l)}
.ends{display:flex;justify-content:space-between;gap:12px;margin-top:6px;font-size:12px;color:var(--m)}
.c{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:12px}.c>button{min-height:32px;padding:4px 12px;border-radius:16px}
textarea{display:block;width:100%;min-height:76px;padding:8px;resize:vertical;background:var(--b);border:1px solid var(--l);border-radius:8px}
input{display:block;width:100%;min-height:40px;padding:0 8px;background:var(--b);border:1px solid var(--l);border-radius:8px}
.l{display:block;margin-bottom:4px}
[aria-invalid=true]{border-color:var(--e)}
.er{margin-top:4px;font-size:12px;color:var(--e)}
.a{display:flex;flex-wrap:wrap;gap:8px;margin-top:12px}.a>button{margin:0;padding:0 18px}
::placeholder{color:var(--m);opacity:1}
.n{margin-top:4px;font-size:12px;color:var(--m);text-align:end}
.s{margin-top:12px;padding:0 18px;background:var(--a);border-color:var(--a);color:var(--at);font-weight:600}
.s:hover{color:var(--at);filter:brightness(1.08)}
.k{padding-inline-end:32px}.k:focus{outline:0}
a{display:inline-block;margin-top:8px;color:var(--a);text-decoration:underline}
.x{position:absolute;top:8px;inset-inline-end:8px;width:32px;height:32px;min-height:0;border-color:transparent;color:var(--m)}
.x svg{width:18px;height:18px;stroke-width:2}
.v{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (pointer:coarse){.o>button,.c>button,.a>button,.s,a,input{min-height:44px;min-width:44px}input{font-size:16px}.nps{flex-wrap:wrap}.nps>button{flex:1 0 44px}.x{top:4px;inset-inline-end:4px;width:44px;height:44px}}
@media (max-width:480px){.r:not(.inline){top:auto;bottom:var(--moments-kb,0);left:0;right:0}.r:not(.inline) .card{width:auto;max-width:none;border-radius:var(--moments-radius,12px) var(--moments-radius,12px) 0 0;border-width:1px 0 0;padding:16px max(16px,env(safe-area-inset-right)) max(16px,env(safe-area-inset-bottom)) max(16px,env(safe-area-inset-left))}}
@media (prefers-reduced-motion:reduce){.card{animation:none!important}}`;

const mount = (host, options) => {
  let alive = true;
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  adoptStyles(shadow, styles, options.nonce);
  const root = shadow.appendChild(doc("createElement").call(document, "div"));
  const { touchpoint, placement } = options;
  const floating = placement != "inline";
  root.className = `r ${placement} ${options.theme} ${touchpoint.scale}`;
  const safe = (name, fn) => (...a) => {
    if (!alive) return;
    try {
      fn(...a);
    } catch (e) {
      report(`${name} failed: ${e?.message ?? e}`);
    }
  };
  const on = {
    onShown: safe("onShown", options.onShown),
    onAnswer: safe("onAnswer", options.onAnswer),
    onComment: safe("onComment", options.onComment),
    onContact: safe("onContact", options.onContact),
    onDismiss: safe("onDismiss", options.onDismiss),
    onClose: safe("onClose", options.onClose)
  };
  const fail = (e) => report(`prompt failed: ${e?.message ?? e}`);
  const vv = floating && matchMedia("(max-width:480px)").matches ? window.visualViewport : null;
  const lift = () => root.style.setProperty("--moments-kb", `${Math.max(0, innerHeight - vv.height - vv.offsetTop)}px`);
  let text;
  const start = () => {
    try {
      if (!alive) return;
      if (floating && host.showPopover) {
        if (doc("querySelector").call(document, "dialog:modal")) return void addEventListener("close", start, { capture: true, once: true });
        host.popover = "manual";
        host.showPopover();
      }
      if (vv) {
        lift();
        vv.addEventListener("resize", lift);
        vv.addEventListener("scroll", lift);
      }
      Q(/* @__PURE__ */ a(Prompt, { touchpoint, text, rtl: isRtl(options.locale), inline: !floating, on }), root);
    } catch (e) {
      fail(e);
    }
  };
  loadText(options.locale).then((base) => {
    text = { ...base, ...options.text, ...touchpoint.text };
    nextTask().then(start);
  }, fail);
  return () => {
    if (!alive) return;
    alive = false;
    removeEventListener("close", start, true);
    vv?.removeEventListener("resize", lift);
    vv?.removeEventListener("scroll", lift);
    host.removeAttribute("popover");
    try {
      Q(null, root);
    } catch {
    }
    shadow.replaceChildren();
    shadow.adoptedStyleSheets = [];
  };
};

function dispatch(sinks) {
  const failed = /* @__PURE__ */ new Set();
  const call = (method, events) => {
    const json = events && toJson(events);
    for (const sink of sinks) {
      const fail = (e) => {
        failed.has(sink) || report(`sink "${sink.name}" failed: ${e?.message ?? e}`);
        failed.add(sink);
      };
      try {
        Promise.resolve(sink[method]?.(json && JSON.parse(json))).catch(fail);
      } catch (e) {
        fail(e);
      }
    }
  };
  return {
    send: (events) => call("send", events),
    flush: () => call("flush"),
    destroy: () => call("destroy")
  };
}

function deliver({ endpoint, sinks = [] }) {
  const all = (endpoint ? [{ type: "http", url: endpoint }, ...sinks] : sinks).map(
    (s) => typeof s == "function" ? { name: "callback", send: s } : "send" in s ? s : s.type == "http" ? httpSink(s) : lazySink(s, () => import('./adapters.js'))
  );
  return { ...dispatch(all), ready: Promise.all(all.map((s) => s.load?.())) };
}

const PLACEMENTS = "ebottom-right|bottom-left|top-right|top-left";
const SPECS = {
  top: `$schema s assetsUrl s endpoint s sinks l touchpoints l theme elight|dark|auto locale s text o placement ${PLACEMENTS} maxPromptsPerSession n0,1000 minGapMinutes n0,99999 dismissCooldownDays n0,3650 overlap edrop|queue requireConsent b respectDoNotTrack b context C nonce s redact o keepQuery b`,
  touchpoint: `id s stage s question s scale ethumbs|emoji5|stars5|nps|csat when o sample n0,1 once esession|visitor|false cooldownDays n0,3650 priority n-999999,999999 followUp F contact K thanks T maxLength n1,5000 placement ${PLACEMENTS}|inline container c text o redact o`,
  when: "path s url r selector c click c submit c event s request R delayMs n0,86400000 scrollPercent n0,100 exitIntent b idleMs n0,86400000"
};
const parse = (s, out = /* @__PURE__ */ Object.create(null), w = s.split(" ")) => {
  for (let i = 0; i < w.length; i += 2) out[w[i]] = w[i + 1];
  return out;
};
const TOP = parse(SPECS.top);
const TOUCHPOINT = parse(SPECS.touchpoint);
const WHEN = parse(SPECS.when);
const isObj = (v) => !!v && typeof v == "object" && !Array.isArray(v);
const isStr = (v) => typeof v == "string" && !!v.trim();
const tries = (f) => {
  try {
    return f(), 1;
  } catch {
  }
};
const KINDS = {
  s: isStr,
  b: (v) => typeof v == "boolean",
  o: isObj,
  l: Array.isArray,
  c: (v) => isStr(v) && tries(() => doc("createDocumentFragment").call(document).querySelector(v)),
  r: (v) => isStr(v) && tries(() => RegExp(v)),
  n: (v, a) => typeof v == "number" && v >= +a.split(",")[0] && v <= +a.split(",")[1],
  // Objects are no enum value (and a prototype-less one cannot even become a string).
  e: (v, a) => typeof v != "number" && typeof v != "object" && a.split("|").includes(String(v)),
  C: (v) => isObj(v) || typeof v == "function",
  R: (v) => isObj(v) && isStr(v.url) && (v.status == null || typeof v.status != "object" && /^([<>]=?|=)?\d{3}$/.test(v.status)),
  T: (v) => v === false || isObj(v) && (v.link == null || isObj(v.link) && isStr(v.link.href) && isStr(v.link.text)),
  K: (v) => isObj(v) && typeof v.min == "number" && typeof v.max == "number" && (v.question == null || isStr(v.question)),
  F: (v) => Array.isArray(v) && v.every((f) => isObj(f) && typeof f.min == "number" && typeof f.max == "number" && (f.reasons ? Array.isArray(f.reasons) && f.reasons.length && f.reasons.every(isStr) : f.comment))
};
function resolveConfig(input) {
  const problems = [];
  const add = (where, field, code) => problems.push([where, field, code]);
  const check = (value, spec, where, prefix = "", out = {}) => {
    for (const key of Object.keys(value)) {
      const code = spec[key];
      const v = value[key];
      if (!code) add(where, prefix + key, "?");
      else if (KINDS[code[0]](v, code.slice(1))) out[key] = v;
      else if (v !== void 0) add(where, prefix + key, code);
    }
    return out;
  };
  const raw = isObj(input) ? input : (add(void 0, "", "{"), {});
  const config = check(raw, TOP, void 0, "", Object.assign(/* @__PURE__ */ Object.create(null), FREQUENCY, { touchpoints: [], sinks: [] }));
  const touchpoints = [];
  const invalid = /* @__PURE__ */ Object.create(null);
  const seen = (id) => touchpoints.some((t) => t.id == id);
  config.touchpoints.forEach((tp, i) => {
    const n = problems.length;
    const where = isObj(tp) && isStr(tp.id) ? tp.id : i;
    if (!isObj(tp)) add(i, "", "O");
    else {
      check(tp, TOUCHPOINT, where);
      for (const key of "id question scale".split(" ")) if (tp[key] == null) add(where, key, "!");
      if (seen(tp.id)) add(where, tp.id, "2");
      if (isObj(tp.when)) {
        check(tp.when, WHEN, where, "when.");
        if (!Object.keys(tp.when).length) add(where, "when", "w");
      }
      if ((tp.placement ?? config.placement) == "inline" && !tp.container) add(where, "container", "i");
    }
    if (n == problems.length) touchpoints.push(tp);
    else if (where === tp.id && !seen(tp.id)) invalid[tp.id] = problems[n].slice(1);
  });
  config.sinks = config.sinks.filter(
    (s, i) => typeof s == "function" || isObj(s) && typeof s.send == "function" || (!isObj(s) || !/^(http|cloudevents|console|dataLayer|gtag|segment|posthog)$/.test(s.type) ? !add(void 0, i, "S") : !/http|cloudevents/.test(s.type) || isStr(s.url) || !add(void 0, i, "U"))
  );
  return Object.assign(config, { touchpoints, invalid, problems });
}

function checkConfig(raw, armed, status, drop) {
  const config = resolveConfig(raw);
  for (const tp of armed)
    if (!config.touchpoints.includes(tp)) {
      drop(tp);
      if (!config.touchpoints.some((t) => t.id == tp.id)) delete status[tp.id];
    }
  for (const id in config.invalid) status[id] = ["invalid", ...config.invalid[id]];
  return config;
}

function withPacing(rules, config) {
  return {
    ...rules,
    visitor(make) {
      const s = rules.state();
      if (!s.v) s.v = make(), rules.save(s);
      return s.v;
    },
    check(tp, now = Date.now(), arming, beside) {
      const why = rules.check(tp, now);
      if (why || arming) return why;
      if (beside != "replace" && rules.session().n >= config.maxPromptsPerSession) return ["cap", config.maxPromptsPerSession];
      if (!beside && now < (rules.state().last ?? 0) + config.minGapMinutes * 6e4) return ["gap", config.minGapMinutes];
    },
    record(tp, what, now = Date.now()) {
      const s = rules.state();
      const ss = rules.session();
      s.h[tp.id] = { ...s.h[tp.id], [what]: now };
      if (what == "shown") s.last = now, ss.n++;
      else ss.done[tp.id] = 1;
      rules.save(s, ss);
    }
  };
}

const lateTriggers = () => import('./late.js').then(
  (m) => m.lateTriggers,
  (e) => {
    report(`could not load the triggers chunk: ${e?.message ?? e}`);
    throw e;
  }
);
const present = (o) => present$1({ mount, redactText, redactDeep }, o);

export { checkConfig, deliver, lateTriggers, mount, present, uuid, withPacing };
