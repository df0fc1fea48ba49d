# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=getdict propagation=replace_script_tag (helper class) sink=v0 expected=true
from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param.replace("<script>", "").replace("</script>", "")
        return bar


def benchmark_test_00227(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Formatted like: " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("00227/", benchmark_test_00227),
]
