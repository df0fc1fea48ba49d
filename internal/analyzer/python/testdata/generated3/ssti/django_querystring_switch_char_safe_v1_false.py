# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=querystring propagation=switch_char_safe sink=v1 expected=false
import urllib.parse

from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00274(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
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
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00274/", benchmark_test_00274),
]
