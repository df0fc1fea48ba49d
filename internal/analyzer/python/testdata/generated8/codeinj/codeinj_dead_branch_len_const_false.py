# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=fastapi shape=dead_branch_len_const expected=false
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/codeinj_dead_branch_len_const", methods=["GET", "POST"])
def case_dead_branch_len_const(request: Request, x_q: str = Header("")):
    param = x_q
    expr = "1 + 1"
    if len("abc") > 5:
        expr = param
    result = eval(expr)
    return {"result": str(result)}
