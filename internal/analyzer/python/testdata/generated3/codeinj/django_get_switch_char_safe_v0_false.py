# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=get propagation=switch_char_safe sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00138(request):
    param = request.GET.get("BenchmarkTest", "")
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
    result = eval(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00138/", benchmark_test_00138),
]
