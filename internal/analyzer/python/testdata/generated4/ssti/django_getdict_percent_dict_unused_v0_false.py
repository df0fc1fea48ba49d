# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=django source=getdict shape=percent_dict_unused sink=v0 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00139(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = "%(term)s" % {"term": "all", "extra": param}
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00139/", benchmark_test_00139),
]
