# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=functools_partial sink=v0 expected=true
import functools

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    join2 = functools.partial(lambda a, b: a + b, "")
    bar = join2(param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
