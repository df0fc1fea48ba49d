# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=getdict propagation=switch_char_safe sink=v1 expected=false
from django.shortcuts import redirect
from django.urls import path


def benchmark_test_00336(request):
    param = request.GET.dict().get("BenchmarkTest", "")
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
    return redirect(bar)


urlpatterns = [
    path("00336/", benchmark_test_00336),
]
