# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=fastapi shape=exec_repr_assignment expected=false
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/codeinj_exec_repr_assignment", methods=["GET", "POST"])
def case_exec_repr_assignment(request: Request, q: str = Query("")):
    param = q
    ns = {}
    exec(f"label = {param!r}", ns)
    return {"result": str(ns["label"])}
