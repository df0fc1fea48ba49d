# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=await_method sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Loader:
    async def load(self, key):
        return key


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await Loader().load(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
