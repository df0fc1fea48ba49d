# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi shape=pathlib_write_text expected=true
from pathlib import Path
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

BASE = "/srv/files"


@app.api_route("/pathtraver_pathlib_write_text", methods=["GET", "POST"])
def case_pathlib_write_text(request: Request, q: str = Query("")):
    param = q
    (Path(BASE) / param).write_text("placeholder")  # want: PY-PATH-TRAVERSAL
    return {"result": str("written")}
