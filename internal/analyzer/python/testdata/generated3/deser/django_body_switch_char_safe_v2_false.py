# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=body propagation=switch_char_safe sink=v2 expected=false
import json
import jsonpickle

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00519(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
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
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00519/", benchmark_test_00519),
]
