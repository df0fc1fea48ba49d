# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=closure_nested_def sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    def current():
        return param
    bar = current()
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
