# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=getlist shape=render_template_var sink=specific expected=false
from django.shortcuts import render
from django.urls import path


def benchmark_test_00418(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    return render(request, "profile.html", {"name": bar})


urlpatterns = [
    path("00418/", benchmark_test_00418),
]
