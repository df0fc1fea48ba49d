# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi shape=pathlib_joinpath_send expected=true
import pathlib
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

BASE = pathlib.Path("/srv/app/files")


@app.api_route("/pathtraver_pathlib_joinpath_send", methods=["GET", "POST"])
def case_pathlib_joinpath_send(request: Request, x_q: str = Header("")):
    param = x_q
    target = BASE.joinpath("reports", param)
    content = target.read_bytes()  # want: PY-PATH-TRAVERSAL
    return {"result": str(len(content))}
