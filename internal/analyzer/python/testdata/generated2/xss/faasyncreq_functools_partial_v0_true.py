# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=functools_partial sink=v0 expected=true
import functools

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    join2 = functools.partial(lambda a, b: a + b, "")
    bar = join2(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
