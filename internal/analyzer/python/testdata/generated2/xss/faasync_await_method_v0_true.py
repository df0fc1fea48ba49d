# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=await_method sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


class Loader:
    async def load(self, key):
        return key


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = await Loader().load(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
