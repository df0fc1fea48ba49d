# generated case (gen9): category=xss rule=PY-XSS fw=django shape=format_html_arg expected=false
from django.utils.html import format_html
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_format_html_arg(request):
    param = request.POST.get("q", "")
    return HttpResponse(format_html("<p>{}</p>", param))


urlpatterns = [
    path("xss_format_html_arg/", case_format_html_arg),
]
