# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=paramnames propagation=replace_script_tag (helper class) sink=v2 expected=true
from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param.replace("<script>", "").replace("</script>", "")
        return bar


def benchmark_test_00251(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Formatted like: " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("00251/", benchmark_test_00251),
]
