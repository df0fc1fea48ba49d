# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=await_method sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Loader:
    async def load(self, key):
        return key


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await Loader().load(param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
