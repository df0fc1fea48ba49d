# generated case (gen9): category=ssti rule=PY-SSTI fw=fastapi shape=env_autoescape_from_input expected=true
from jinja2 import Environment
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/ssti_env_autoescape_from_input", methods=["GET", "POST"])
def case_env_autoescape_from_input(request: Request, q: str = Query("")):
    param = q
    out = Environment(autoescape=True).from_string(param).render()  # want: PY-SSTI
    return {"result": str(out)}
