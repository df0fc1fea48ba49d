# frameworks/django/shop: URLconf; <str:slug> and <path:doc> kwargs are tainted, <int:pk> and <uuid:token> are safe
from django.urls import path, re_path

from . import views

app_name = "shop"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("checkout/", views.checkout, name="checkout"),
    path("track/", views.track, name="track"),
    path("import/", views.import_feed, name="import"),
    path("upload/", views.upload, name="upload"),
    path("p/<str:slug>/", views.product_by_slug, name="product"),
    path("docs/<path:doc>", views.doc_page, name="doc"),
    path("orders/<int:pk>/", views.order_detail, name="order"),
    path("downloads/<uuid:token>/", views.download, name="download"),
    re_path(r"^legacy/(?P<code>[A-Z]{3})/$", views.legacy_code, name="legacy"),
    path("go/", views.ProductRedirectView.as_view(), name="go"),
]
