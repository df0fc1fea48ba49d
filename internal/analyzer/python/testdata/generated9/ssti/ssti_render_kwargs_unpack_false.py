# generated case (gen9): category=ssti rule=PY-SSTI fw=fastapi shape=render_kwargs_unpack expected=false
import jinja2
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/ssti_render_kwargs_unpack", methods=["GET", "POST"])
def case_render_kwargs_unpack(request: Request, q: str = Cookie("")):
    param = q
    out = jinja2.Template("Hi {{ n }}").render(**{"n": param})
    return {"result": str(out)}
