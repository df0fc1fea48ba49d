# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=fastapi shape=int_try_eval_fstring expected=false
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/codeinj_int_try_eval_fstring", methods=["GET", "POST"])
def case_int_try_eval_fstring(request: Request, q: str = Query("")):
    param = q
    try:
        n = int(param)
    except ValueError:
        n = 0
    value = eval(f"{n} * 2")
    return {"result": str(value)}
