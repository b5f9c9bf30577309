/* Gazette search: finds any run of two or more characters of a notice's title, number or body.
   The index (written by the GazetteSearch target) maps each pair of neighbouring characters to
   the notices containing it, in shards by a hash of the pair; candidates that contain every
   pair of the query are then checked against their text. Normalisation and hashing must stay
   identical to Sources/GazetteSearch/Tokenizing. Indexed text is only ever set as textContent. */
(function () {
  "use strict";
  var settingsNode = document.getElementById("search-settings");
  var form = document.getElementById("search-form");
  if (!settingsNode || !form) return;
  var settings = JSON.parse(settingsNode.textContent);
  var input = document.getElementById("search-q");
  var filters = {
    category: document.getElementById("search-category"),
    agency: document.getElementById("search-agency"),
    year: document.getElementById("search-year")
  };
  var statusNode = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var PAGE = 20;
  var MAX_PAIRS = 6;
  var BATCH = 8;
  /* Candidates checked per page at most, so a query of common characters stays cheap; the rest on request. */
  var MAX_BATCHES = 8;
  var DELAY = 250;
  var files = new Map();
  var mapped = new Map();
  var current = null;
  var timer = 0;

  function isSpace(cp) {
    return (cp >= 0x09 && cp <= 0x0D) || cp === 0x20 || cp === 0x85 || cp === 0xA0 || cp === 0x1680 ||
      (cp >= 0x2000 && cp <= 0x200A) || cp === 0x2028 || cp === 0x2029 || cp === 0x202F || cp === 0x205F ||
      cp === 0x3000 || cp === 0xFEFF;
  }

  function isHan(cp) {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
  }

  function mapCharacter(ch) {
    var cp = ch.codePointAt(0);
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x61 && cp <= 0x7A) || (cp >= 0x30 && cp <= 0x39)) return ch;
    if (cp >= 0x41 && cp <= 0x5A) return String.fromCharCode(cp + 0x20);
    var known = mapped.get(ch);
    if (known === undefined) {
      known = ch.normalize("NFKC").toLowerCase();
      mapped.set(ch, known);
    }
    return known;
  }

  /* The normalised text, its characters, and for each UTF-16 unit of it the range of the
     original text it came from, so a match can be highlighted in the original. */
  function normalize(text) {
    var chars = [], from = [], to = [], offset = 0;
    function push(ch, start, end) {
      chars.push(ch);
      for (var k = 0; k < ch.length; k++) { from.push(start); to.push(end); }
    }
    /* Ideographic and no-break spaces between two Han characters are padding (林　蓉), not a
       word break: dropped, as SearchNormalizer drops them. */
    var padding = null;
    for (var ch of text) {
      var start = offset;
      offset += ch.length;
      var cp = ch.codePointAt(0);
      if ((cp === 0x3000 || cp === 0xA0) && (padding || (chars.length && isHan(chars[chars.length - 1].codePointAt(0))))) {
        if (!padding) padding = { start: start };
        padding.end = offset;
        continue;
      }
      for (var m of mapCharacter(ch)) {
        if (isSpace(m.codePointAt(0))) {
          padding = null;
          if (chars.length && chars[chars.length - 1] !== " ") push(" ", start, offset);
        } else {
          if (padding) {
            if (!isHan(m.codePointAt(0)) && chars.length && chars[chars.length - 1] !== " ") push(" ", padding.start, padding.end);
            padding = null;
          }
          push(m, start, offset);
        }
      }
    }
    if (chars.length && chars[chars.length - 1] === " ") {
      chars.pop(); from.pop(); to.pop();
    }
    return { text: chars.join(""), chars: chars, from: from, to: to };
  }

  function pairsOf(chars) {
    var seen = new Set(), pairs = [];
    for (var i = 0; i + 1 < chars.length; i++) {
      if (chars[i] === " " || chars[i + 1] === " ") continue;
      var pair = chars[i] + chars[i + 1];
      if (!seen.has(pair)) { seen.add(pair); pairs.push(pair); }
    }
    return pairs;
  }

  function shardOf(pair) {
    var hash = 2166136261;
    for (var ch of pair) {
      hash ^= ch.codePointAt(0);
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    return hash % settings.shards;
  }

  function decode(code) {
    var ids = [], value, i;
    if (code.charAt(0) === "~") {
      for (i = 1; i < code.length; i++) {
        value = ALPHABET.indexOf(code.charAt(i));
        for (var bit = 0; bit < 6; bit++) if (value & (1 << bit)) ids.push((i - 1) * 6 + bit);
      }
      return ids;
    }
    var previous = -1, number = 0;
    for (i = 0; i < code.length; i++) {
      value = ALPHABET.indexOf(code.charAt(i));
      if (value >= 32) {
        number = number * 32 + value - 32;
      } else {
        previous += number * 32 + value + 1;
        ids.push(previous);
        number = 0;
      }
    }
    return ids;
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  function union(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
      else if (i >= a.length || b[j] < a[i]) out.push(b[j++]);
      else { out.push(a[i]); i++; j++; }
    }
    return out;
  }

  function load(path) {
    var url = settings.base + path;
    if (!files.has(url)) {
      files.set(url, fetch(url).then(function (response) {
        if (!response.ok) throw new Error(url + ": " + response.status);
        return response.json();
      }).catch(function (error) {
        files.delete(url);
        throw error;
      }));
    }
    return files.get(url);
  }

  /* At most MAX_PAIRS pairs, spread over the query: fewer files, and the text check catches the rest. */
  function chosen(pairs) {
    if (pairs.length <= MAX_PAIRS) return pairs;
    var picked = [];
    for (var k = 0; k < MAX_PAIRS; k++) picked.push(pairs[Math.round(k * (pairs.length - 1) / (MAX_PAIRS - 1))]);
    return Array.from(new Set(picked));
  }

  function filterIds() {
    var wanted = [], year = filters.year.value;
    if (filters.category.value) wanted.push(load("f/c" + filters.category.value + ".json").then(decode));
    if (filters.agency.value) wanted.push(load("f/a" + filters.agency.value + ".json").then(decode));
    return Promise.all(wanted).then(function (lists) {
      var range = null;
      settings.years.forEach(function (entry) { if (String(entry[0]) === year) range = entry; });
      return { lists: lists, range: range };
    });
  }

  function applyFilters(ids, filter) {
    filter.lists.forEach(function (allowed) { ids = intersect(ids, allowed); });
    if (filter.range) ids = ids.filter(function (id) { return id >= filter.range[1] && id < filter.range[2]; });
    return ids;
  }

  /* Candidates in ranking order: those whose heading has every pair first, newest first
     within each group (documents are numbered newest first). */
  function candidates(pairs, shards) {
    var heading = null, any = null;
    for (var k = 0; k < pairs.length; k++) {
      var entry = shards[k][pairs[k]];
      if (!entry) return { heading: [], rest: [] };
      var inHeading = decode(entry[0]), inAny = union(inHeading, decode(entry[1]));
      heading = heading === null ? inHeading : intersect(heading, inHeading);
      any = any === null ? inAny : intersect(any, inAny);
    }
    var headingSet = new Set(heading);
    return { heading: heading, rest: any.filter(function (id) { return !headingSet.has(id); }) };
  }

  function readState() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    Object.keys(filters).forEach(function (name) {
      var value = params.get(name) || "";
      var select = filters[name];
      select.value = Array.prototype.some.call(select.options, function (o) { return o.value === value; }) ? value : "";
    });
  }

  function writeState(push) {
    var params = new URLSearchParams();
    if (input.value) params.set("q", input.value);
    Object.keys(filters).forEach(function (name) { if (filters[name].value) params.set(name, filters[name].value); });
    var query = params.toString();
    var url = location.pathname + (query ? "?" + query : "");
    if (url === location.pathname + location.search) return;
    if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
  }

  function announce(text) { statusNode.textContent = text; }

  function search() {
    var query = normalize(input.value);
    var run = { query: query.text, ids: [], exact: false, checked: 0, found: [], shown: 0 };
    current = run;
    list.textContent = "";
    more.hidden = true;
    if (query.chars.length === 0) { announce(""); return Promise.resolve(); }
    if (query.chars.length < 2) { announce("請輸入至少兩個字。"); return Promise.resolve(); }
    var pairs = chosen(pairsOf(query.chars));
    if (pairs.length === 0) { announce("請輸入至少兩個相連的字。"); return Promise.resolve(); }
    announce("搜尋中…");
    return Promise.all([Promise.all(pairs.map(function (pair) { return load("s/" + shardOf(pair) + ".json"); })), filterIds()])
      .then(function (loaded) {
        if (current !== run) return;
        var found = candidates(pairs, loaded[0]);
        run.headingCount = applyFilters(found.heading, loaded[1]).length;
        run.ids = applyFilters(found.heading, loaded[1]).concat(applyFilters(found.rest, loaded[1]));
        run.exact = query.chars.length === 2 && pairs.length === 1;
        return showMore(run);
      })
      .catch(function () { if (current === run) announce("無法載入搜尋索引，請稍後再試。"); });
  }

  /* Fetches and checks candidates until another page of results is known. */
  function showMore(run) {
    var target = run.shown + PAGE, batches = 0;
    function step() {
      if (current !== run) return null;
      var known = run.exact ? Math.min(run.ids.length, target) : run.found.length;
      if (known >= target || run.checked >= run.ids.length || batches >= MAX_BATCHES) {
        if (run.exact) {
          var ids = run.ids.slice(run.shown, target);
          return Promise.all(ids.map(function (id) { return load("d/" + id + ".json"); })).then(function (docs) {
            docs.forEach(function (doc, k) { run.found.push({ id: ids[k], doc: doc, title: run.shown + k < run.headingCount }); });
            return render(run, target);
          });
        }
        return render(run, target);
      }
      if (run.exact) { run.checked = run.ids.length; return step(); }
      var batch = run.ids.slice(run.checked, run.checked + BATCH);
      run.checked += batch.length;
      batches++;
      return Promise.all(batch.map(function (id) { return load("d/" + id + ".json"); })).then(function (docs) {
        docs.forEach(function (doc, k) {
          var inHeading = normalize(doc.t + " " + doc.n).text.indexOf(run.query) >= 0;
          if (inHeading || normalize(doc.x).text.indexOf(run.query) >= 0) run.found.push({ id: batch[k], doc: doc, title: inHeading });
        });
        return step();
      });
    }
    return Promise.resolve().then(step);
  }

  function render(run, target) {
    if (current !== run) return;
    run.found.sort(function (a, b) { return (a.title === b.title ? 0 : a.title ? -1 : 1) || a.id - b.id; });
    var upto = Math.min(target, run.found.length);
    for (var k = run.shown; k < upto; k++) list.appendChild(item(run.found[k].doc, run.query));
    run.shown = upto;
    var complete = run.exact || run.checked >= run.ids.length;
    var total = run.exact ? run.ids.length : run.found.length;
    more.hidden = complete ? run.shown >= total : false;
    if (total === 0 && complete) announce("找不到符合「" + input.value.trim() + "」的公告。");
    else if (complete) announce("找到 " + total + " 筆符合「" + input.value.trim() + "」的公告" + (run.shown < total ? "，顯示前 " + run.shown + " 筆。" : "。"));
    else if (total === 0) announce("尚未找到符合「" + input.value.trim() + "」的公告；按「顯示更多結果」繼續比對。");
    else announce("找到至少 " + total + " 筆符合「" + input.value.trim() + "」的公告，顯示前 " + run.shown + " 筆。");
  }

  /* Appends text to a node with the first match of the query marked; with room, only the part
     around the match. */
  function highlighted(node, text, query, around) {
    var normal = normalize(text);
    var at = normal.text.indexOf(query);
    if (at < 0) {
      node.appendChild(document.createTextNode(around && text.length > around * 2 ? text.slice(0, around * 2) + "…" : text));
      return false;
    }
    var start = normal.from[at], end = normal.to[at + query.length - 1];
    var first = around ? Math.max(0, start - around) : 0;
    var last = around ? Math.min(text.length, end + around) : text.length;
    var mark = document.createElement("mark");
    mark.textContent = text.slice(start, end);
    node.appendChild(document.createTextNode((first > 0 ? "…" : "") + text.slice(first, start)));
    node.appendChild(mark);
    node.appendChild(document.createTextNode(text.slice(end, last) + (last < text.length ? "…" : "")));
    return true;
  }

  function item(doc, query) {
    var li = document.createElement("li");
    var heading = document.createElement("h2");
    var link = document.createElement("a");
    link.href = doc.u;
    highlighted(link, doc.t, query, 0);
    heading.appendChild(link);
    li.appendChild(heading);
    var meta = document.createElement("p");
    meta.className = "search-meta";
    /* A notice published without a document number starts with its date. */
    if (doc.n) highlighted(meta, doc.n, query, 0);
    meta.appendChild(document.createTextNode((doc.n ? "｜" : "") + doc.d + "｜" + doc.a + "｜" + doc.c));
    li.appendChild(meta);
    /* Corrected, repealed, and the notice's dates (effective, last day of comments). */
    if (doc.s) {
      var status = document.createElement("p");
      status.className = "search-status";
      status.textContent = doc.s;
      li.appendChild(status);
    }
    var snippet = document.createElement("p");
    snippet.className = "search-snippet";
    highlighted(snippet, doc.x.replace(/\s+/g, " "), query, 40);
    li.appendChild(snippet);
    return li;
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { writeState(false); search(); }, DELAY);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    writeState(true);
    search();
  });
  Object.keys(filters).forEach(function (name) {
    filters[name].addEventListener("change", function () { writeState(true); search(); });
  });
  more.addEventListener("click", function () {
    if (current) showMore(current);
  });
  window.addEventListener("popstate", function () { readState(); search(); });
  readState();
  search();
})();
