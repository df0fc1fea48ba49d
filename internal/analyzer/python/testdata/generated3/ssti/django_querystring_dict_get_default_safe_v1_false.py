# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=querystring propagation=dict_get_default_safe sink=v1 expected=false
import urllib.parse

from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00286(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00286/", benchmark_test_00286),
]
