# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi shape=pathlib_name_component expected=false
from pathlib import Path
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

BASE = "/srv/files"


@app.api_route("/pathtraver_pathlib_name_component", methods=["GET", "POST"])
def case_pathlib_name_component(request: Request, x_q: str = Header("")):
    param = x_q
    name = Path(param).name
    with open(Path(BASE) / name) as fh:
        data = fh.read()
    return {"result": str(data)}
