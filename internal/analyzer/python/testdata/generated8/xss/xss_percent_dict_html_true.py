# generated case (gen8): category=xss rule=PY-XSS fw=django shape=percent_dict_html expected=true
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_percent_dict_html(request):
    param = request.COOKIES.get("q", "")
    page = "<div class='greet'>%(name)s</div>" % {"name": param}
    return HttpResponse(page)  # want: PY-XSS


urlpatterns = [
    path("xss_percent_dict_html/", case_percent_dict_html),
]
