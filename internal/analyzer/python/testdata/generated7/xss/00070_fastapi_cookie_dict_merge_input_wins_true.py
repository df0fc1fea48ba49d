# generated case (gen_cases7): category=xss rule=PY-XSS fw=fastapi source=cookie shape=dict_merge_input_wins sink=v2 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/case-00070")
async def case_00070(request: Request):
    param = request.cookies.get("q", "none")
    opts = {"q": "safe"} | {"q": param}
    bar = opts["q"]
    return HTMLResponse(f"<p>Results for {bar}</p>")  # want: PY-XSS
