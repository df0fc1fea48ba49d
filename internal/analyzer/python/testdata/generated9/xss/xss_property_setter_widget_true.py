# generated case (gen9): category=xss rule=PY-XSS fw=django shape=property_setter_widget expected=true
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

class Badge:
    def __init__(self):
        self._label = ""

    @property
    def label(self):
        return self._label

    @label.setter
    def label(self, value):
        self._label = value

    def render(self):
        return "<span class='badge'>" + self._label + "</span>"


def case_property_setter_widget(request):
    param = request.META.get("HTTP_X_Q", "")
    badge = Badge()
    badge.label = param
    return HttpResponse(badge.render())  # want: PY-XSS


urlpatterns = [
    path("xss_property_setter_widget/", case_property_setter_widget),
]
