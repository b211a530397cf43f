// Live updates for the simulated phone: polls messages.json and appends new bubbles without a reload.
// Existing bubbles are only updated (their status), never rebuilt, so keyboard focus is not lost.
(function () {
  "use strict";
  var chat = document.getElementById("chat");
  if (!chat || !window.fetch) { return; }
  var pollUrl = chat.getAttribute("data-poll-url");
  var number = chat.getAttribute("data-number");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function clock(seconds) {
    var d = new Date(seconds * 1000);
    var months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return pad(d.getUTCDate()) + " " + months[d.getUTCMonth()] + " " + pad(d.getUTCHours()) + ":" +
      pad(d.getUTCMinutes()) + " UTC";
  }

  function bubble(message) {
    var li = el("li", "bubble " + message.direction);
    li.setAttribute("data-id", message.id);
    li.appendChild(el("p", "who", message.direction === "out" ? "Council" : "You"));
    if (message.media_id) {
      li.appendChild(el("p", "attachment", "Attachment: " + (message.filename || message.kind)));
    }
    if (message.text) {
      var text = el("p", "text");
      message.text.split("\n").forEach(function (line, i) {
        if (i > 0) { text.appendChild(document.createElement("br")); }
        text.appendChild(document.createTextNode(line));
      });
      li.appendChild(text);
    }
    if (message.buttons && message.buttons.length) {
      var form = el("form", "quick-replies");
      form.method = "post";
      form.action = "/phone/" + number + "/button";
      var context = el("input");
      context.type = "hidden"; context.name = "context_id"; context.value = message.id;
      form.appendChild(context);
      message.buttons.forEach(function (b) {
        var button = el("button", "button secondary", b.label);
        button.type = "submit"; button.name = "payload"; button.value = b.payload;
        form.appendChild(button);
      });
      li.appendChild(form);
    }
    var meta = el("p", "meta");
    var time = el("time", null, clock(message.timestamp));
    time.setAttribute("datetime", new Date(message.timestamp * 1000).toISOString());
    meta.appendChild(time);
    if (message.direction === "out") {
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(el("span", "status", message.status));
    }
    li.appendChild(meta);
    return li;
  }

  function apply(messages) {
    messages.forEach(function (message) {
      var existing = chat.querySelector('li[data-id="' + CSS.escape(message.id) + '"]');
      if (existing) {
        var status = existing.querySelector(".status");
        if (status && status.textContent !== message.status) { status.textContent = message.status; }
      } else {
        chat.appendChild(bubble(message));
      }
    });
  }

  function poll() {
    fetch(pollUrl, { headers: { "Accept": "application/json" }, cache: "no-store" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data && data.messages) { apply(data.messages); } })
      .catch(function () { /* the simulator may be restarting; try again on the next tick */ })
      .then(function () { window.setTimeout(poll, 2000); });
  }
  window.setTimeout(poll, 2000);
}());
