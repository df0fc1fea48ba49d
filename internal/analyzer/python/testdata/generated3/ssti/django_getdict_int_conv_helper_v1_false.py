# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=getdict propagation=int_conv (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


def benchmark_test_00295(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00295/", benchmark_test_00295),
]
