# generated case (gen8): category=ssti rule=PY-SSTI fw=fastapi shape=html_escape_wrong_ctx expected=true
import html
from jinja2 import Template
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/ssti_html_escape_wrong_ctx", methods=["GET", "POST"])
def case_html_escape_wrong_ctx(request: Request, q: str = Cookie("")):
    param = q
    tpl = Template("<p>" + html.escape(param) + "</p>")  # want: PY-SSTI
    return {"result": str(tpl.render())}
