# generated case (gen8): category=ssti rule=PY-SSTI fw=fastapi shape=re_sub_alnum_only expected=false
import re
from jinja2 import Template
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/ssti_re_sub_alnum_only", methods=["GET", "POST"])
def case_re_sub_alnum_only(request: Request, q: str = ""):
    param = q
    cleaned = re.sub(r"[^A-Za-z0-9 ]", "", param)
    out = Template("Hello " + cleaned).render()
    return {"result": str(out)}
