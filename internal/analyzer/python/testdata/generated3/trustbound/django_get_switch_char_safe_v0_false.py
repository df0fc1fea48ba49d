# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=get propagation=switch_char_safe sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00587(request):
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
    request.session["userid"] = bar
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00587/", benchmark_test_00587),
]
