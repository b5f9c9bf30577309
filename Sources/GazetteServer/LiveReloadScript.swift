import Foundation

/// The script every served page gets: it listens on the live channel, reloads on `reload`, and
/// shows the build's errors over the page (as text, never as markup) until the next good build.
enum LiveReloadScript {
    static let channelPath = "/__gazette/live"

    static let source = """
    <script>
    (function () {
      var overlay = null;
      function hide() { if (overlay) { overlay.remove(); overlay = null; } }
      function show(errors) {
        hide();
        overlay = document.createElement("div");
        overlay.id = "gazette-errors";
        overlay.setAttribute("role", "alert");
        overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
          "background:#fff4f4;color:#600;border-top:4px solid #b00;padding:1em;font:14px/1.5 monospace;white-space:pre-wrap";
        var heading = document.createElement("p");
        heading.style.fontWeight = "bold";
        heading.textContent = "Gazette could not rebuild; this is the last good version. Errors:";
        overlay.appendChild(heading);
        var list = document.createElement("ul");
        errors.forEach(function (error) {
          var item = document.createElement("li");
          item.textContent = error;
          list.appendChild(item);
        });
        overlay.appendChild(list);
        document.body.appendChild(overlay);
      }
      function connect() {
        var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "\(channelPath)");
        socket.onmessage = function (event) {
          var message = JSON.parse(event.data);
          if (message.type === "reload") { location.reload(); }
          else if (message.type === "errors") { show(message.errors); }
        };
        socket.onclose = function () { setTimeout(connect, 1000); };
      }
      connect();
    })();
    </script>

    """

    /// Before the last `</body>`, or at the end of a page that has none.
    static func inject(into page: Data) -> Data {
        let script = Data(source.utf8)
        let closing = Data("</body>".utf8)
        let lowered = Data(page.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
        guard let range = lowered.range(of: closing, options: .backwards) else { return page + script }
        var result = page
        result.insert(contentsOf: script, at: range.lowerBound)
        return result
    }
}
