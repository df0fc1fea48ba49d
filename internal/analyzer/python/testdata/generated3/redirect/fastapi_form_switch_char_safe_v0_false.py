# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=form propagation=switch_char_safe sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/00320")
async def benchmark_test_00320(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    return RedirectResponse(bar)
